// Two receiver processes on different ports, one PostgreSQL database: both take answers at once,
// and the uniqueness of an answer lives in the database, not in either process's memory.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnReceiver, stopReceiver, type ReceiverChild } from '../../scripts/bench/loopback.ts';
import { scratchStore, type ScratchStore } from '../../scripts/bench/stores.ts';
import { validAnswers, validSubmission } from '../domain/questionnaire/fixtures.ts';
import { stopSharedPostgres } from '../helpers/postgres.ts';
import { postJson } from './harness.ts';

const organization = { id: 'gbuz-bolnica-1', sphere: 'health' } as const;
const fresh = () => validSubmission('health', { id: randomUUID() });

describe('two receivers sharing one PostgreSQL', () => {
  let store: ScratchStore;
  let a: ReceiverChild;
  let b: ReceiverChild;
  beforeAll(async () => {
    store = await scratchStore('postgres');
    [a, b] = await Promise.all([
      spawnReceiver(store.args, [organization]),
      spawnReceiver(store.args, [organization]),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((r) => stopReceiver(r)));
    await store?.table.close();
    await stopSharedPostgres();
  });

  it('take answers concurrently, each stored once', async () => {
    const bodies = Array.from({ length: 200 }, fresh);
    const replies = await Promise.all(
      bodies.map((body, i) => postJson(i % 2 === 0 ? a.port : b.port, body)),
    );
    expect(replies.map((r) => r.status)).toEqual(bodies.map(() => 201));
    const stored = await store.table.ids();
    expect(bodies.filter((body) => !stored.has(String(body['id'])))).toEqual([]);
  });

  it('answer a replay sent to the other receiver with the original 201, and store nothing', async () => {
    const body = fresh();
    const first = await postJson(a.port, body);
    const before = (await store.table.ids()).size;
    const replay = await postJson(b.port, body);
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect((await store.table.ids()).size).toBe(before);
  });

  it('refuse, on the other receiver, the same id with different answers (422)', async () => {
    const body = fresh();
    expect((await postJson(a.port, body)).status).toBe(201);
    const changed = await postJson(b.port, {
      ...body,
      answers: { ...validAnswers('health'), q15: 'no' },
    });
    expect(changed.status).toBe(422);
    expect(changed.json().errors[0]?.field).toBe('id');
  });

  it('store a replay sent to both at the same moment once, and answer both with 201', async () => {
    const bodies = Array.from({ length: 50 }, fresh);
    const replies = await Promise.all(
      bodies.flatMap((body) => [postJson(a.port, body), postJson(b.port, body)]),
    );
    expect(replies.every((r) => r.status === 201)).toBe(true);
    const rows = await store.table.rows();
    for (const body of bodies) expect(rows.filter((r) => r['id'] === body['id'])).toHaveLength(1);
  });
});
