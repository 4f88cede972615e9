// Load test of the survey receiver, loopback only and bounded in time and clients.
//   npx node scripts/bench/receiver.ts [--clients 16] [--seconds 10] [--nation 100] [--prefill 1000000]
// Spawns the receiver on a temp database, runs N keep-alive clients posting valid
// questionnaires for the given time, prints accepted answers/s, p50/p99 latency and errors,
// and checks the database holds exactly the acknowledged answers. With the SYNTHETIC nation
// (synthetic/<nation>/, when generated) answers go to its organizations of all four spheres, into
// a database pre-filled with --prefill answers, as the receiver would meet it at national scale.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { scriptOptions } from '../../src/config/cli.ts';
import { intBetween } from '../../src/config/values.ts';
import { benchOrganization, percentile, postAnswer, randomSubmission, spawnReceiver, stopReceiver, type BenchOrganization } from './loopback.ts';
import { nationOrganizations, pick, prefill } from './nation.ts';

const values = scriptOptions('node scripts/bench/receiver.ts', 'Durable answers/s and latency of the survey receiver on loopback.', {
  clients: { flag: 'clients', parse: intBetween(1, 256), fallback: 16, help: 'Keep-alive clients posting at once' },
  seconds: { flag: 'seconds', parse: intBetween(1, 60), fallback: 10, help: 'Length of the run' },
  nation: { flag: 'nation', parse: (raw) => raw, fallback: '100', help: 'synthetic/<nation>/ whose organizations answers go to, when generated' },
  prefill: { flag: 'prefill', parse: intBetween(1, 10_000_000), fallback: 1_000_000, help: 'Answers in the database before the run (with the nation)' },
});
const { clients, seconds } = values;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-bench-'));
const dbPath = path.join(dir, 'answers.sqlite');
const nation = nationOrganizations(values.nation);
const organizations: BenchOrganization[] = nation ?? [benchOrganization];
if (nation) {
  const count = values.prefill;
  const t = performance.now();
  await prefill(dbPath, nation, count, new Date().toISOString().slice(0, 10));
  console.log(`SYNTHETIC nation synthetic/${values.nation}: ${nation.length} organizations; database pre-filled with ${count} answers in ${((performance.now() - t) / 1000).toFixed(1)} s (${(fs.statSync(dbPath).size / 2 ** 20).toFixed(0)} MB)`);
} else {
  console.log(`synthetic/${values.nation} not generated: answers go to one organization into an empty database (npm run synthetic:generate -- --fraction 1 for the nation)`);
}
function countAnswers(): number {
  const db = new DatabaseSync(dbPath, { readOnly: true });
  try {
    return Number((db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n);
  } finally {
    db.close();
  }
}
const before = nation ? countAnswers() : 0;
const receiver = await spawnReceiver(dbPath, organizations);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });

const latencies: number[] = [];
const errors = new Map<string, number>();
let accepted = 0;
const deadline = performance.now() + seconds * 1000;

async function client(): Promise<void> {
  while (performance.now() < deadline) {
    const { body } = randomSubmission(pick(organizations));
    const result = await postAnswer(agent, receiver.port, body);
    latencies.push(result.ms);
    if (result.status === 201) accepted += 1;
    else {
      const key = result.error ?? `HTTP ${result.status}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: clients }, client));
const elapsed = (performance.now() - started) / 1000;
agent.destroy();
await stopReceiver(receiver);

const stored = countAnswers() - before;
fs.rmSync(dir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
console.log(`receiver bench: ${clients} keep-alive clients, ${elapsed.toFixed(1)} s, 127.0.0.1, synchronous=FULL`);
console.log(`  accepted: ${accepted} (${(accepted / elapsed).toFixed(0)} answers/s), rows stored by the run: ${stored}`);
console.log(`  latency: p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${latencies.at(-1)?.toFixed(2)} ms`);
console.log(`  errors: ${errors.size === 0 ? 0 : [...errors].map(([k, n]) => `${k}×${n}`).join(', ')}`);
if (stored !== accepted) {
  console.error(`  MISMATCH: ${accepted} acknowledged, ${stored} stored`);
  process.exitCode = 1;
}
