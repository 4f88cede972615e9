// URL-safe names of the scoring methods: ids keep the act's spelling («344н-2018»), paths are ASCII.
import { methods } from './methods/index.ts';

export const methodSlug = (methodId: string): string => methodId.replace(/н/g, 'n');

export function methodBySlug(slug: string) {
  return Object.values(methods).find((m) => methodSlug(m.id) === slug);
}
