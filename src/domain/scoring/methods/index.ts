import type { ScoringMethod } from '../methodSchema.ts';
import { method344n2018 } from './344n-2018.ts';
import {
  preMethodCulture160,
  preMethodCultureLipetsk,
  preMethodEducation160,
} from './historical.ts';

/** Every scoring method the portal knows, keyed by the id stored with each result. */
export const methods: Readonly<Record<string, ScoringMethod>> = Object.fromEntries(
  [method344n2018, preMethodCulture160, preMethodEducation160, preMethodCultureLipetsk].map((m) => [
    m.id,
    m,
  ]),
);

export function methodById(id: string): ScoringMethod {
  const m = methods[id];
  if (!m)
    throw new Error(
      `Неизвестная методика оценки «${id}»; известны: ${Object.keys(methods).join(', ')}`,
    );
  return m;
}

export { method344n2018 };
