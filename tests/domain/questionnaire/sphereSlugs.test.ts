import { describe, expect, it } from 'vitest';
import {
  isSphere,
  sphereOfSlug,
  sphereSlug,
  surveySpheres,
} from '../../../src/domain/questionnaire/sphereSlugs.ts';
import { spheres } from '../../../src/domain/schemas/common.ts';
import { isContentId } from '../../../src/domain/schemas/idPattern.ts';

describe('sphere slugs', () => {
  it('cover every sphere of the schema, and nothing else', () => {
    expect([...surveySpheres].sort()).toEqual([...spheres].sort());
  });

  it('round-trip: the slug of a sphere names that sphere', () => {
    for (const sphere of spheres) expect(sphereOfSlug(sphereSlug[sphere])).toBe(sphere);
  });

  it('are the agreed addresses', () => {
    expect(sphereSlug).toEqual({
      culture: 'kultura',
      social: 'sotsialnoe-obsluzhivanie',
      health: 'okhrana-zdorovya',
      education: 'obrazovanie',
    });
  });

  it('are distinct, URL-safe, and clash with no other page under /anketa/', () => {
    const slugs = Object.values(sphereSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(isContentId(slug), slug).toBe(true);
    for (const taken of ['otpravleno', 'oshibka', 'organizatsii'])
      expect(slugs).not.toContain(taken);
  });

  it('name no sphere for unknown or inherited keys', () => {
    expect(sphereOfSlug('culture')).toBeUndefined();
    expect(sphereOfSlug('constructor')).toBeUndefined();
    expect(isSphere('culture')).toBe(true);
    expect(isSphere('constructor')).toBe(false);
    expect(isSphere(undefined)).toBe(false);
  });
});
