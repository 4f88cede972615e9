// The one place pages get content from: loads every collection once, checks the links
// between entries, and fails the build with every problem named by file and field.
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { checkContentIntegrity, formatIntegrityProblems } from '../domain/integrity.ts';
import type { ContentGraph, IntegrityProblem } from '../domain/content/graph.ts';
import { asOfDate } from './asOf.ts';
import { contentDir } from './contentDir.ts';
import { contentError } from './contentError.ts';
import { loadResultsFolder, readYamlFolder, throwIfProblems } from './registers.ts';
import { indexContent, type ContentIndex } from '../domain/contentIndex.ts';
import { organizationSchema } from '../domain/schemas/index.ts';
import { assessmentSchema } from '../domain/results/assessment.ts';
import { createStringPool } from '../domain/content/stringPool.ts';
import { improvementPlanSchema } from '../domain/schemas/improvementPlan.ts';

// Code-unit order, not localeCompare: ids are ASCII slugs, and ICU collation of 130,000 ids is slow.
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function entries<
  C extends 'territories' | 'acts' | 'plans' | 'coverageTargets' | 'councilMeetings',
>(name: C) {
  const list = await getCollection(name);
  return list
    .map((e) => ({ id: e.id, filePath: e.filePath ?? `${name}/${e.id}`, data: e.data }))
    .sort(byId);
}

/** The operator-delivered registers, read outside the content layer (see registers.ts for why). */
function registers() {
  const root = contentDir();
  const problems: IntegrityProblem[] = [];
  // One pool for all registers: they repeat each other's names, codes and texts.
  const pool = createStringPool();
  const organizations = readYamlFolder(
    path.join(root, 'organizations'),
    organizationSchema,
    problems,
    pool,
  ).sort(byId);
  const assessments = readYamlFolder(
    path.join(root, 'assessments'),
    assessmentSchema,
    problems,
    pool,
  ).sort(byId);
  const improvementPlans = readYamlFolder(
    path.join(root, 'improvement-plans'),
    improvementPlanSchema,
    problems,
    pool,
  ).sort(byId);
  throwIfProblems(problems);
  return {
    organizations,
    assessments,
    improvementPlans,
    results: loadResultsFolder(path.join(root, 'results'), pool).sort(byId),
  };
}

async function loadGraph(): Promise<ContentGraph> {
  const [territories, acts, plans, coverageTargets, councilMeetings] = await Promise.all([
    entries('territories'),
    entries('acts'),
    entries('plans'),
    entries('coverageTargets'),
    entries('councilMeetings'),
  ]);
  // getCollection's union of entry types does not narrow through the map above.
  const editorial = { territories, acts, plans, coverageTargets, councilMeetings } as Pick<
    ContentGraph,
    'territories' | 'acts' | 'plans' | 'coverageTargets' | 'councilMeetings'
  >;
  return { ...editorial, ...registers() };
}

let cached: Promise<ContentIndex> | undefined;

/** All content, checked and indexed. Memoized: every page of a build shares one load and one check. */
export function loadSite(): Promise<ContentIndex> {
  cached ??= loadGraph().then((graph) => {
    const root = contentDir();
    const problems = checkContentIntegrity(graph, (rel) => fs.existsSync(path.join(root, rel)));
    if (problems.length > 0) throw contentError(formatIntegrityProblems(problems));
    return indexContent(graph, asOfDate());
  });
  return cached;
}
