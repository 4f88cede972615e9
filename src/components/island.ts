// Astro finds the renderer of a framework component by asking each renderer's check(), and
// @astrojs/react's check renders the component to find out, so every island would be rendered
// twice on the server (measured with Preact's identical check: 7.7 s of a 10 % national build).
// A component carrying Astro's renderer tag (the one Astro's own JSX integrations set with
// __astro_tag_component__) skips the check. React is the only framework renderer configured.
const rendererTag = Symbol.for('astro:renderer');

export function reactIsland<C extends (props: never) => unknown>(component: C): C {
  Object.defineProperty(component, rendererTag, { value: '@astrojs/react', enumerable: false });
  return component;
}
