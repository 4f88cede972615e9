// Shared by the receiver benchmarks: a receiver child process on 127.0.0.1 only, and a client
// that posts generated questionnaires over keep-alive connections. Nothing here can reach
// another host: the address is a constant, not an option.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { organizationListFile } from '../../src/domain/questionnaire/organizationList.ts';
import { once } from 'node:events';
import { questionsFor } from '../../src/domain/questionnaire/index.ts';
import type { Sphere } from '../../src/domain/schemas/common.ts';

export const loopback = '127.0.0.1';
const root = path.resolve(import.meta.dirname, '../..');

export interface ReceiverChild {
  child: ChildProcess;
  port: number;
}

/** Starts scripts/receiver.ts with these options on 127.0.0.1 and waits for its «listening» line. */
export async function spawnReceiverWith(args: readonly string[]): Promise<ReceiverChild> {
  const child = spawn(process.execPath, ['scripts/receiver.ts', ...args, '--host', loopback], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const listening = new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`receiver exited early (code ${code}): ${out}`)));
  });
  return { child, port: await listening };
}

/**
 * A receiver for the benchmarks on a free loopback port, on the store its options name (--db FILE
 * or --database-url URL: stores.ts). It refuses answers about organizations it does not know, so
 * it gets a list of those the clients post for, written next to (not inside) the database's folder.
 */
export function spawnReceiver(
  storeArgs: readonly string[],
  organizations: readonly BenchOrganization[] = [benchOrganization],
  port = 0,
): Promise<ReceiverChild> {
  const listFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nok-orgs-')), 'spheres.json');
  fs.writeFileSync(listFile, JSON.stringify(organizationListFile(organizations)));
  return spawnReceiverWith([
    ...storeArgs,
    '--organizations',
    listFile,
    '--port',
    String(port),
    '--no-rate-limit',
  ]);
}

export async function stopReceiver(
  r: ReceiverChild,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (r.child.exitCode !== null || r.child.signalCode !== null) return;
  const exited = once(r.child, 'exit');
  r.child.kill(signal);
  await exited;
}

const yesNo = () => (Math.random() < 0.8 ? 'yes' : 'no');

/** An organization answers are posted for, with its sphere (which sets the questions asked). */
export interface BenchOrganization {
  id: string;
  sphere: Sphere;
}

/** Where answers go when no synthetic nation is generated. */
export const benchOrganization: BenchOrganization = { id: 'bench-bolnica', sphere: 'health' };

/** A valid questionnaire of the organization's sphere with random answers and skip logic respected. */
export function randomSubmission({
  id: organization,
  sphere,
}: BenchOrganization = benchOrganization): { id: string; body: string } {
  const answers: Record<string, string> = {};
  for (const q of questionsFor(sphere).filter((q) => Number(q.id.slice(1)) <= 15))
    answers[q.id] = yesNo();
  for (const [screen, dependent] of [
    ['q1', 'q2'],
    ['q3', 'q4'],
    ['q7', 'q8'],
    ['q11', 'q12'],
  ] as const) {
    if (answers[screen] === 'no') delete answers[dependent];
  }
  answers['q17'] = Math.random() < 0.5 ? 'male' : 'female';
  const id = randomUUID();
  return {
    id,
    body: JSON.stringify({ id, organization, questionnaire: '675н-2018', sphere, answers }),
  };
}

export interface PostResult {
  status: number; // 0 = network error
  ms: number;
  error?: string;
}

export function postAnswer(
  agent: http.Agent,
  port: number,
  body: string,
  timeoutMs = 5000,
): Promise<PostResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, error?: string) =>
      resolve({ status, ms: performance.now() - started, ...(error ? { error } : {}) });
    const req = http.request(
      {
        host: loopback,
        port,
        method: 'POST',
        path: '/api/answers',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
        res.on('error', (e) => done(0, e.message));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e: NodeJS.ErrnoException) => done(0, e.code ?? e.message));
    req.end(body);
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface Delivery {
  /** Acknowledged ids, each with the time (performance.now) its first attempt was sent. */
  acknowledged: Map<string, number>;
  attempts: number;
  retries: number;
  conflicts: number;
}

/**
 * Clients as the survey's outbox behaves: each keeps its questionnaire until a 201, retrying with
 * the same id and body after a refusal of the server's (5xx), a dropped connection or a crash,
 * and takes the next one only then. Runs while `going()` holds; stops at the deadline whatever happens.
 */
export async function deliverAnswers(options: {
  clients: number;
  port: () => number;
  going: () => boolean;
  deadline: number;
}): Promise<Delivery> {
  const result: Delivery = { acknowledged: new Map(), attempts: 0, retries: 0, conflicts: 0 };
  async function deliver(agent: http.Agent): Promise<void> {
    const { id, body } = randomSubmission();
    const firstSent = performance.now();
    for (;;) {
      result.attempts += 1;
      const { status } = await postAnswer(agent, options.port(), body, 2000);
      if (status === 201) return void result.acknowledged.set(id, firstSent);
      if (status === 422) return void (result.conflicts += 1); // would mean a replay was not recognised
      if (performance.now() > options.deadline) return;
      result.retries += 1;
      await sleep(50); // a restart takes a while; hammering it only slows it down
    }
  }
  async function client(): Promise<void> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (options.going() && performance.now() < options.deadline) await deliver(agent);
    agent.destroy();
  }
  await Promise.all(Array.from({ length: options.clients }, client));
  return result;
}

export async function health(port: number): Promise<number> {
  return new Promise((resolve) => {
    http
      .get({ host: loopback, port, path: '/api/health', agent: false, timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });
}
