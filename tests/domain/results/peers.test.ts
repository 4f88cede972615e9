import { describe, expect, it } from 'vitest';
import { peerMeans } from '../../../src/domain/results/index.ts';
import { fixtureDir, load, realDir } from './content.ts';

const fixture = load(fixtureDir);
const real = load(realDir);
const first = (site: typeof fixture, org: string) => site.resultViews.get(org)![0]!;

describe('comparison with the territory’s and the sphere’s mean', () => {
  it('averages the same method and year within the territory and within the sphere', () => {
    const library = first(fixture, 'test-biblioteka');
    const peers = peerMeans(library, fixture);
    // rayon 2018: museum 80,8 and library 62,4; culture across the portal: the same two.
    expect(peers).toMatchObject({
      comparable: true,
      territory: { mean: { value: 71.6 }, counted: 2 },
      sphere: { mean: { value: 71.6 }, counted: 2 },
    });
  });

  it('keeps the 160-point Abinsk totals among themselves', () => {
    const peers = peerMeans(first(real, 'kinoteatr-soyuz'), real);
    expect(peers).toMatchObject({
      comparable: true,
      territory: { counted: 16, mean: { value: 130.55 } },
      sphere: { counted: 16 },
    });
  });

  it('does not compare a result whose year is unknown', () => {
    expect(peerMeans(first(real, 'csp-semi-i-detey-bogorodsk'), real)).toMatchObject({
      comparable: false,
      reason: expect.stringMatching(/год/),
    });
  });
});
