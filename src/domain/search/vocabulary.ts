// The schema enumerations the browser needs, without zod: importing them from ../schemas would
// put all of zod (≈40 KB gzip) in the search worker and island. A test checks they stay equal.
import type { Sphere, Territory } from '../schemas/index.ts';

export const sphereOrder = [
  'culture',
  'social',
  'health',
  'education',
] as const satisfies readonly Sphere[];
export const levelOrder = [
  'federal',
  'regional',
  'municipal',
] as const satisfies readonly Territory['level'][];
