// /api/health says 503 whenever an answer sent now would not be stored in the database file the
// operator reads after a restart, and no such answer is acknowledged: the database folder
// removed or the file replaced, the disk full, the file system turned read-only.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeDirectoryUnderLoad } from '../../scripts/bench/removal.ts';
import { validSubmission } from '../domain/questionnaire/fixtures.ts';
import {
  createScratchDisk,
  scratchDiskUnavailable,
  type ScratchDisk,
} from '../helpers/scratchDisk.ts';
import { sharedPostgres } from '../helpers/postgres.ts';
import { postJson, send, startReceiver, storeKinds, type Running } from './harness.ts';

const fresh = () => validSubmission('health', { id: randomUUID() });
const healthOf = async (r: Running) =>
  (await send(r.port, { method: 'GET', path: '/api/health' })).status;
// A write's outcome is remembered for a second, so a health check a moment later reads it afresh.
const afterProbeInterval = () => new Promise((resolve) => setTimeout(resolve, 1100));

let r: Running | undefined;
let disk: ScratchDisk | undefined;
afterEach(async () => {
  await r?.stop();
  disk?.remove();
  r = disk = undefined;
  vi.restoreAllMocks();
});

describe('/api/health and the store', () => {
  it.each(storeKinds)('says ok while writes reach the database (%s)', async (kind) => {
    r = await startReceiver({}, kind);
    expect(await healthOf(r)).toBe(200);
    expect((await postJson(r.port, fresh())).status).toBe(201);
  });

  it('fails while PostgreSQL is down, acknowledges nothing, and recovers when it is back', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    r = await startReceiver({}, 'postgres');
    const pg = await sharedPostgres();
    expect((await postJson(r.port, fresh())).status).toBe(201);
    pg.down();
    try {
      await afterProbeInterval();
      expect(await healthOf(r)).toBe(503);
      const kept = fresh(); // the client keeps it: a 5xx is not an acknowledgement
      const refused = await postJson(r.port, kept);
      expect(refused.status).toBe(500);
      expect(refused.json()).toEqual({
        errors: [{ field: null, message: 'Внутренняя ошибка сервера. Повторите попытку позже.' }],
      });
      expect(log).toHaveBeenCalled();
      pg.up();
      await afterProbeInterval();
      expect(await healthOf(r)).toBe(200);
      expect((await postJson(r.port, kept)).status).toBe(201);
      expect((await r.rows()).filter((row) => row['id'] === kept['id'])).toHaveLength(1);
    } finally {
      pg.up(); // if an expectation failed while it was down: the next tests need it
    }
  });

  it('fails, and acknowledges nothing, once the database folder is removed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    r = await startReceiver();
    fs.rmSync(path.dirname(r.dbPath!), { recursive: true, force: true });
    expect(await healthOf(r)).toBe(503);
    expect((await postJson(r.port, fresh())).status).toBe(500);
  });

  it('fails once the database file is replaced by another', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    r = await startReceiver();
    const other = `${r.dbPath!}.other`;
    fs.copyFileSync(r.dbPath!, other);
    fs.renameSync(other, r.dbPath!);
    expect(await healthOf(r)).toBe(503);
    const reply = await postJson(r.port, fresh());
    expect(reply.status).toBe(500);
  });

  const noDisk = scratchDiskUnavailable();

  it.skipIf(noDisk)(
    `fails while the disk is full, and recovers when room is made${noDisk ? ` (skipped: ${noDisk})` : ''}`,
    async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      disk = createScratchDisk();
      r = await startReceiver({ dbPath: path.join(disk.dir, 'answers.sqlite') });
      expect((await postJson(r.port, fresh())).status).toBe(201);
      disk.fill();
      // Writes that fit in pages SQLite already holds still succeed, and are durable: keep sending
      // until the disk refuses one, as it must well before this bound.
      const acknowledged: string[] = [];
      let refused = false;
      for (let i = 0; i < 3000 && !refused; i += 1) {
        const body = fresh();
        const reply = await postJson(r.port, body);
        if (reply.status === 201) acknowledged.push(String(body['id']));
        else refused = reply.status === 500;
      }
      expect(refused).toBe(true);
      expect(await healthOf(r)).toBe(503);
      disk.free();
      await afterProbeInterval();
      expect(await healthOf(r)).toBe(200);
      expect((await postJson(r.port, fresh())).status).toBe(201);
      const stored = new Set((await r.rows()).map((row) => row['id']));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    },
  );

  it.skipIf(noDisk)(
    `fails once the file system turns read-only${noDisk ? ` (skipped: ${noDisk})` : ''}`,
    async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      disk = createScratchDisk();
      r = await startReceiver({ dbPath: path.join(disk.dir, 'answers.sqlite') });
      expect((await postJson(r.port, fresh())).status).toBe(201);
      disk.failToReadOnly();
      await afterProbeInterval();
      expect(await healthOf(r)).toBe(503);
      expect((await postJson(r.port, fresh())).status).toBe(500);
    },
  );
});

describe('the database folder removed under load', () => {
  it('loses no answer acknowledged after the removal: clients keep them until the restarted receiver stores them', async () => {
    const figures = await removeDirectoryUnderLoad(4);
    expect(figures.healthFailedAfterMs).toBeDefined();
    expect(figures.acknowledgedAfter).toBeGreaterThan(0);
    expect(figures.conflicts).toBe(0);
    expect(figures.lost).toBe(0);
  });
});
