// The layers of CONTRIBUTING.md, checked on the import graph of src/ (type-only imports too: a
// type loop is still a loop for the reader). Reads source text only; nothing is built.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/g;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|astro)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** file (relative to src/) → what it imports: relative imports resolved to src/ paths, others as written. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = fs.readFileSync(file, 'utf8');
    const code = file.endsWith('.astro') ? (text.split(/^---$/m)[1] ?? '') : text;
    const targets = [...code.matchAll(importPattern)].map(([, spec]) =>
      spec!.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), spec!)) : spec!,
    );
    graph.set(path.relative(src, file), targets);
  }
  return graph;
}

const graph = importGraph();
const local = (targets: string[]) => targets.filter((t) => graph.has(t));

function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of local(graph.get(file) ?? [])) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const offending = (files: (file: string) => boolean, forbidden: (target: string) => boolean) =>
  [...graph]
    .filter(([file]) => files(file))
    .flatMap(([file, targets]) => targets.filter(forbidden).map((t) => `${file} → ${t}`));

describe('the import graph of src/', () => {
  it('reads every file (the parser sees the imports)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('lib/site.ts')).toContain('domain/integrity.ts');
  });

  it('has no cycle, type-only imports included', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps the domain plain: no Astro, no Node but crypto, nothing of the site around it', () => {
    const domain = (f: string) => f.startsWith('domain/');
    const foreign = (t: string) =>
      t.startsWith('astro') ||
      (t.startsWith('node:') && t !== 'node:crypto') ||
      (graph.has(t) && !t.startsWith('domain/'));
    expect(offending(domain, foreign)).toEqual([]);
  });

  it('lets no component load the content: components receive props', () => {
    const component = (f: string) => f.startsWith('components/') || f.startsWith('layouts/');
    expect(offending(component, (t) => t === 'lib/site.ts')).toEqual([]);
  });
});
