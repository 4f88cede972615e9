import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validSubmission } from '../domain/questionnaire/fixtures.ts';
import { postJson, startReceiver, type Running } from './harness.ts';

describe('a storage failure', () => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver();
  });
  afterAll(() => r.stop());

  it('gives a generic 500 without internals and acknowledges nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const blocker = new DatabaseSync(r.dbPath!);
    blocker.exec('BEGIN EXCLUSIVE'); // the receiver's INSERT waits out busy_timeout, then fails
    try {
      const reply = await postJson(r.port, validSubmission('health', { id: randomUUID() }));
      expect(reply.status).toBe(500);
      expect(reply.json()).toEqual({
        errors: [{ field: null, message: 'Внутренняя ошибка сервера. Повторите попытку позже.' }],
      });
      expect(reply.text).not.toMatch(/locked|SQLITE|sqlite|\.ts/);
      expect(log).toHaveBeenCalled();
    } finally {
      blocker.exec('ROLLBACK');
      blocker.close();
      log.mockRestore();
    }
    expect(await r.rows()).toHaveLength(0);
  });
});
