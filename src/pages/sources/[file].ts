// The original documents, published byte for byte as kept in content/sources.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentDir } from '../../lib/contentDir.ts';

const sourcesDir = () => path.join(contentDir(), 'sources');

export const getStaticPaths = (() => {
  const dir = sourcesDir();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')) : [];
  return files.map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(fs.readFileSync(path.join(sourcesDir(), String(params.file))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
