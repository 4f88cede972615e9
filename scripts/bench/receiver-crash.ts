// Durability under crashes: SIGKILL the receiver again and again while clients post, retrying
// each questionnaire with the same id until it is acknowledged. Every id acknowledged with 201
// must be in the database afterwards. Then the database folder is removed under load
// (removal.ts). Loopback only; bounded kills, clients and time.
//   npx node scripts/bench/receiver-crash.ts [--kills 25] [--clients 8]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { scriptOptions } from '../../src/config/cli.ts';
import { intBetween } from '../../src/config/values.ts';
import { deliverAnswers, spawnReceiver, stopReceiver, storedIds, type ReceiverChild } from './loopback.ts';
import { removeDirectoryUnderLoad } from './removal.ts';

const { kills, clients } = scriptOptions('node scripts/bench/receiver-crash.ts', 'SIGKILLs and a removed database folder under load: acknowledged answers against stored ones.', {
  kills: { flag: 'kills', parse: intBetween(1, 200), fallback: 25, help: 'SIGKILLs of the receiver under load' },
  clients: { flag: 'clients', parse: intBetween(1, 64), fallback: 8, help: 'Clients posting at once' },
});
const hardDeadline = performance.now() + 180_000; // whatever happens, stop after three minutes

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-crash-'));
const dbPath = path.join(dir, 'answers.sqlite');

let receiver: ReceiverChild = await spawnReceiver(dbPath);
let killing = true;

async function killer(): Promise<void> {
  for (let k = 0; k < kills && performance.now() < hardDeadline; k += 1) {
    await sleep(150 + Math.random() * 350); // let load build up, then crash mid-stream
    await stopReceiver(receiver, 'SIGKILL');
    receiver = await spawnReceiver(dbPath);
  }
  killing = false; // clients finish the questionnaire in hand, against the last receiver
}

const started = performance.now();
const [, { acknowledged, attempts, retries, conflicts }] = await Promise.all([
  killer(),
  deliverAnswers({ clients, port: () => receiver.port, going: () => killing, deadline: hardDeadline }),
]);
const elapsed = (performance.now() - started) / 1000;
await stopReceiver(receiver);

const stored = storedIds(dbPath);
fs.rmSync(dir, { recursive: true, force: true });

const lost = [...acknowledged.keys()].filter((id) => !stored.has(id));
// Committed but never acknowledged: only possible for a questionnaire abandoned at the hard deadline.
const unacknowledged = [...stored].filter((id) => !acknowledged.has(id)).length;
console.log(`receiver crash test: ${kills} SIGKILLs under load, ${clients} clients, ${elapsed.toFixed(1)} s, 127.0.0.1`);
console.log(`  attempts: ${attempts}, retries after failures: ${retries}, id conflicts: ${conflicts}`);
console.log(`  acknowledged (201): ${acknowledged.size}, stored: ${stored.size}, lost: ${lost.length}, stored but unacknowledged: ${unacknowledged}`);
if (lost.length > 0 || conflicts > 0) {
  console.error(`  FAILED: lost ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}`);
  process.exitCode = 1;
}

const removal = await removeDirectoryUnderLoad(clients);
console.log(`receiver directory-removal test: ${clients} clients, database folder removed under load, receiver restarted after health failed`);
console.log(`  /api/health 503 after: ${removal.healthFailedAfterMs === undefined ? 'never' : `${removal.healthFailedAfterMs.toFixed(0)} ms`}`);
console.log(`  acknowledged before the removal (gone with the folder): ${removal.acknowledgedBefore}; first sent after it and acknowledged: ${removal.acknowledgedAfter}, lost: ${removal.lost}`);
if (removal.lost > 0 || removal.conflicts > 0 || removal.healthFailedAfterMs === undefined || removal.acknowledgedAfter === 0) process.exitCode = 1;
