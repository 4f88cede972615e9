// A content tree read the way the site reads it (schemas, CSV importer, index), without Astro.
import path from 'node:path';
import { indexContent, type ContentIndex } from '../../../src/domain/contentIndex.ts';
import { contentGraph, fixtureRoot, repo, TEST_AS_OF } from '../../helpers/contentGraph.ts';

export const fixtureDir = fixtureRoot('results');
export const realDir = path.join(repo, 'content');

export const graphOf = contentGraph;

export const load = (root: string): ContentIndex => indexContent(graphOf(root), TEST_AS_OF);
