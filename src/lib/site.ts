// The one place pages get content from: loads every collection once, checks the links
// between entries, and fails the build with every problem named by file and field.
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { checkContentIntegrity, formatIntegrityProblems, type ContentGraph, type Entry } from '../domain/integrity.ts';
import { contentDir } from './contentDir.ts';
import { indexContent, type ContentIndex } from '../domain/contentIndex.ts';

async function entries<C extends 'territories' | 'acts' | 'plans' | 'coverageTargets' | 'councilMeetings' | 'organizations' | 'results' | 'assessments' | 'improvementPlans'>(name: C) {
  const list = await getCollection(name);
  return list
    .map((e) => ({ id: e.id, filePath: e.filePath ?? `${name}/${e.id}`, data: e.data }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function loadGraph(): Promise<ContentGraph> {
  const [territories, acts, plans, coverageTargets, councilMeetings, organizations, results, assessments, improvementPlans] = await Promise.all([
    entries('territories'),
    entries('acts'),
    entries('plans'),
    entries('coverageTargets'),
    entries('councilMeetings'),
    entries('organizations'),
    entries('results'),
    entries('assessments'),
    entries('improvementPlans'),
  ]);
  return { territories, acts, plans, coverageTargets, councilMeetings, organizations, results, assessments, improvementPlans } as ContentGraph;
}

let cached: Promise<ContentIndex> | undefined;

/** All content, checked and indexed. Memoized: every page of a build shares one load and one check. */
export function loadSite(): Promise<ContentIndex> {
  cached ??= loadGraph().then((graph) => {
    const root = contentDir();
    const problems = checkContentIntegrity(graph, (rel) => fs.existsSync(path.join(root, rel)));
    if (problems.length > 0) throw new Error(formatIntegrityProblems(problems));
    return indexContent(graph);
  });
  return cached;
}

export type { Entry };

/** getStaticPaths of every page that exists once per organization (`[org]` routes). */
export async function organizationPaths() {
  const site = await loadSite();
  return site.graph.organizations.map((o) => ({ params: { org: o.id } }));
}
