// The real content, read the way the site reads it (schemas + index), without Astro.
import path from 'node:path';
import { indexContent, type ContentIndex } from '../../../src/domain/contentIndex.ts';
import { contentGraph, repo, TEST_AS_OF } from '../../helpers/contentGraph.ts';

export const loadRealContent = (): ContentIndex =>
  indexContent(contentGraph(path.join(repo, 'content')), TEST_AS_OF);
