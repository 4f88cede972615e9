// Astro finds the renderer of a framework component by asking each renderer's check(), and
// @astrojs/preact's check renders the component to find out, so every island was rendered twice
// on the server (7.7 s of a 10 % national build). A component carrying Astro's renderer tag (the
// one Astro's own JSX integrations set with __astro_tag_component__) skips the check. Preact is
// the only framework renderer configured.
const rendererTag = Symbol.for('astro:renderer');

export function preactIsland<C extends (props: never) => unknown>(component: C): C {
  Object.defineProperty(component, rendererTag, { value: '@astrojs/preact', enumerable: false });
  return component;
}
