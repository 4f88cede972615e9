// The synthetic country as data: territories, plans, organizations and their assessments, sized
// as a fraction of the national scale. Pure (no files): write.ts turns it into a content tree.
import { computeScores, type ScoreResult, type ScoringInputs } from '../../src/domain/scoring/index.ts';
import { spheres, type Sphere } from '../../src/domain/schemas/index.ts';
import { municipalityName, regionName, slug, uniqueId, type PlaceName } from './names.ts';
import { createOrgNamer, sphereWeights, weighted } from './organizations.ts';
import { planBundle, type PlanBundle } from './plans.ts';
import type { Pools } from './pools.ts';
import { createRandom, zipfShares, type Random } from './random.ts';
import { syntheticInputs } from './inputs.ts';

/**
 * The whole country (docs/domain.md §3; issue 10): subjects, municipalities with plans, assessed
 * organizations.
 */
export const NATIONAL = { regions: 89, municipalities: 2300, organizations: 130_000 } as const;
export const YEARS = [2019, 2020, 2021] as const;
export const METHOD = '344н-2018';

export interface Territory {
  id: string;
  level: 'federal' | 'regional' | 'municipal';
  parent?: string;
  place: PlaceName;
}

export type CsvFormat = 'comma-utf8' | 'semicolon-utf8-bom' | 'semicolon-1251' | 'comma-point';

export interface Region extends Territory {
  format: CsvFormat;
  operator: string;
  /** Whether the region's operator delivers its raw inputs (then the portal computes the result too). */
  deliversInputs: boolean;
}

export interface Organization {
  id: string;
  name: string;
  shortName?: string;
  sphere: Sphere;
  municipality: Territory;
  region: Region;
}

export interface Assessment {
  org: Organization;
  year: number;
  inputs: ScoringInputs;
  scores: ScoreResult;
}

export interface Country {
  fraction: number;
  seed: number;
  territories: Territory[];
  regions: Region[];
  plans: PlanBundle[];
  organizations: Organization[];
  assessments: Assessment[];
}

const federal: Territory = {
  id: 'rossiya', level: 'federal',
  place: { root: 'Российск', name: 'Российская Федерация', genitive: 'Российской Федерации' },
};

// Operators deliver CSV files as their spreadsheets export them: mostly Russian Excel (semicolons,
// decimal commas), some UTF-8 with commas, a few old Windows-1251 exports, a few decimal points.
const formats: [number, CsvFormat][] = [[5, 'semicolon-utf8-bom'], [3, 'comma-utf8'], [1, 'semicolon-1251'], [1, 'comma-point']];

export function sizesAt(fraction: number) {
  const regions = Math.max(2, Math.round(NATIONAL.regions * fraction));
  const municipalities = Math.max(regions, Math.round(NATIONAL.municipalities * fraction));
  const organizations = Math.max(municipalities * 3, Math.round(NATIONAL.organizations * fraction));
  return { regions, municipalities, organizations };
}

export function generateCountry(fraction: number, seed: number, pools: Pools): Country {
  const random = createRandom(seed);
  const sizes = sizesAt(fraction);
  const taken = new Set<string>([federal.id]);
  const regions = makeRegions(random.fork('regions'), sizes.regions, taken);
  // Skewed like the real country: a few large subjects hold many municipalities and most organizations.
  const muniCounts = zipfShares(random.fork('municipality-counts'), sizes.municipalities, regions.length, 0.6, 1);
  const orgCounts = zipfShares(random.fork('organization-counts'), sizes.organizations, regions.length, 0.7, 3 * Math.max(...muniCounts));
  const territories: Territory[] = [federal, ...regions];
  const plans: PlanBundle[] = [planBundle(federal, spheres, { from: 2019, to: 2021 }, pools, random.fork('plan-rossiya'))];
  const organizations: Organization[] = [];
  regions.forEach((region, i) => {
    const r = random.fork(`region-${region.id}`);
    plans.push(...regionPlans(region, pools, r));
    const municipalities = makeMunicipalities(r, region, muniCounts[i]!, taken);
    territories.push(...municipalities);
    for (const m of municipalities) plans.push(planBundle(m, ['education', 'culture'], { from: 2019, to: 2021 }, pools, r.fork(`plan-${m.id}`)));
    organizations.push(...makeOrganizations(r, region, municipalities, orgCounts[i]!));
  });
  const assessments = makeAssessments(random.fork('assessments'), organizations);
  return { fraction, seed, territories, regions, plans, organizations, assessments };
}

function makeRegions(random: Random, count: number, taken: Set<string>): Region[] {
  return Array.from({ length: count }, (_, i) => {
    const place = regionName(random);
    return {
      id: uniqueId(slug(place.name), taken), level: 'regional' as const, parent: federal.id, place,
      format: weighted(random, formats),
      operator: `ООО «${place.root}ский центр социологических исследований»`,
      // Every third region, starting with the first, so even the smallest tree has operator inputs.
      deliversInputs: i % 3 === 0,
    };
  });
}

/** Some regions, like Tatarstan, replaced an earlier plan: the new act repeals the old one. */
function regionPlans(region: Region, pools: Pools, random: Random): PlanBundle[] {
  const current = planBundle(region, spheres, { from: 2019, to: 2021 }, pools, random.fork('plan-current'));
  if (!random.chance(0.3)) return [current];
  const earlier = planBundle(region, spheres, { from: 2016, to: 2018 }, pools, random.fork('plan-earlier'));
  current.act.data.repeals = [earlier.act.id];
  return [earlier, current];
}

function makeMunicipalities(random: Random, region: Region, count: number, taken: Set<string>): Territory[] {
  return Array.from({ length: count }, () => {
    const place = municipalityName(random);
    return { id: uniqueId(slug(place.name), taken), level: 'municipal' as const, parent: region.id, place };
  });
}

function makeOrganizations(random: Random, region: Region, municipalities: Territory[], count: number): Organization[] {
  const perMunicipality = zipfShares(random, count, municipalities.length, 0.8, 3);
  return municipalities.flatMap((m, i) => {
    const name = createOrgNamer(m.place);
    const kinds = new Map<string, number>();
    return Array.from({ length: perMunicipality[i]! }, (): Organization => {
      const sphere = weighted(random, sphereWeights);
      const org = name(sphere, random);
      const n = (kinds.get(org.kind) ?? 0) + 1;
      kinds.set(org.kind, n);
      return {
        id: `${m.id}-${org.kind}-${n}`,
        name: org.name, ...(org.shortName && { shortName: org.shortName }), sphere, municipality: m, region,
      };
    });
  });
}

/** Each organization at least once in the three years (the law's minimum), a quarter of them twice. */
function makeAssessments(random: Random, organizations: Organization[]): Assessment[] {
  return organizations.flatMap((org) => {
    const quality = 0.72 + random.next() * 0.27;
    const first = random.pick(YEARS);
    const years = random.chance(0.25) ? [first, random.pick(YEARS.filter((y) => y !== first))] : [first];
    return years.sort().map((year) => {
      const inputs = syntheticInputs(org.sphere, quality, random);
      return { org, year, inputs, scores: computeScores(inputs, METHOD) };
    });
  });
}
