// Durability under crashes: SIGKILL the receiver again and again while clients post, retrying
// each questionnaire with the same id until it is acknowledged. Every id acknowledged with 201
// must be in the database afterwards. Loopback only; bounded kills, clients and time.
//   npx node scripts/bench/receiver-crash.ts [--kills 25] [--clients 8]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { boundedInt, postAnswer, randomSubmission, spawnReceiver, stopReceiver, type ReceiverChild } from './loopback.ts';

const { values } = parseArgs({ options: { kills: { type: 'string' }, clients: { type: 'string' } } });
const kills = boundedInt('--kills', values.kills, 25, 200);
const clients = boundedInt('--clients', values.clients, 8, 64);
const hardDeadline = performance.now() + 180_000; // whatever happens, stop after three minutes

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nok-crash-'));
const dbPath = path.join(dir, 'answers.sqlite');

let receiver: ReceiverChild = await spawnReceiver(dbPath);
let killing = true;
const acknowledged = new Set<string>();
let attempts = 0;
let retries = 0;
let conflicts = 0;

/** Posts one questionnaire until a 201, reusing its id and body across crashes. */
async function deliver(agent: http.Agent): Promise<void> {
  const { id, body } = randomSubmission({ id: 'crash-test', sphere: 'health' });
  for (;;) {
    attempts += 1;
    const { status } = await postAnswer(agent, receiver.port, body, 2000);
    if (status === 201) return void acknowledged.add(id);
    if (status === 422) return void (conflicts += 1); // would mean a replay was not recognised
    if (performance.now() > hardDeadline) return;
    retries += 1;
    await sleep(50); // a restart takes a while; hammering it only slows it down
  }
}

async function client(): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  while (killing && performance.now() < hardDeadline) await deliver(agent);
  agent.destroy();
}

async function killer(): Promise<void> {
  for (let k = 0; k < kills && performance.now() < hardDeadline; k += 1) {
    await sleep(150 + Math.random() * 350); // let load build up, then crash mid-stream
    await stopReceiver(receiver, 'SIGKILL');
    receiver = await spawnReceiver(dbPath);
  }
  killing = false; // clients finish the questionnaire in hand, against the last receiver
}

const started = performance.now();
await Promise.all([killer(), ...Array.from({ length: clients }, client)]);
const elapsed = (performance.now() - started) / 1000;
await stopReceiver(receiver);

const db = new DatabaseSync(dbPath, { readOnly: true });
const storedIds = new Set((db.prepare('SELECT id FROM answers').all() as { id: string }[]).map((r) => r.id));
db.close();
fs.rmSync(dir, { recursive: true, force: true });

const lost = [...acknowledged].filter((id) => !storedIds.has(id));
// Committed but never acknowledged: only possible for a questionnaire abandoned at the hard deadline.
const unacknowledged = [...storedIds].filter((id) => !acknowledged.has(id)).length;
console.log(`receiver crash test: ${kills} SIGKILLs under load, ${clients} clients, ${elapsed.toFixed(1)} s, 127.0.0.1`);
console.log(`  attempts: ${attempts}, retries after failures: ${retries}, id conflicts: ${conflicts}`);
console.log(`  acknowledged (201): ${acknowledged.size}, stored: ${storedIds.size}, lost: ${lost.length}, stored but unacknowledged: ${unacknowledged}`);
if (lost.length > 0 || conflicts > 0) {
  console.error(`  FAILED: lost ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}`);
  process.exitCode = 1;
}
