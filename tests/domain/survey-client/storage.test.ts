import { describe, expect, it } from 'vitest';
import type { AnswerSubmission } from '../../../src/domain/questionnaire/index.ts';
import {
  clearDraft,
  listOutbox,
  memoryStorage,
  putOutbox,
  readDraft,
  removeOutbox,
  saveDraft,
} from '../../../src/domain/survey-client/storage.ts';

const submission = (id: string, organization = 'abinskiy-kdc'): AnswerSubmission => ({
  id,
  organization,
  questionnaire: '675н-2018',
  sphere: 'culture',
  answers: { q1: 'no' },
});

describe('draft', () => {
  it('is kept per organization and cleared on demand', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'a', { q1: 'yes' });
    saveDraft(storage, 'b', { q1: 'no' });
    expect(readDraft(storage, 'a')).toEqual({ q1: 'yes' });
    clearDraft(storage, 'a');
    expect(readDraft(storage, 'a')).toBeUndefined();
    expect(readDraft(storage, 'b')).toEqual({ q1: 'no' });
  });

  it('removes an empty draft and ignores a corrupt one', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'a', { q1: 'yes' });
    saveDraft(storage, 'a', {});
    expect(storage.length).toBe(0);
    storage.setItem('nok-anketa:draft:a', '{not json');
    expect(readDraft(storage, 'a')).toBeUndefined();
  });

  it('does not throw when the storage is full', () => {
    const full = {
      ...memoryStorage(),
      length: 0,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => saveDraft(full, 'a', { q1: 'yes' })).not.toThrow();
  });
});

describe('outbox', () => {
  it('keeps one entry per answer id, so re-queuing an id never duplicates it', () => {
    const storage = memoryStorage();
    expect(putOutbox(storage, { submission: submission('1'), attempts: 0, nextAttemptAt: 0 })).toBe(
      true,
    );
    putOutbox(storage, { submission: submission('1'), attempts: 3, nextAttemptAt: 99 });
    putOutbox(storage, { submission: submission('2', 'other'), attempts: 0, nextAttemptAt: 0 });
    saveDraft(storage, 'abinskiy-kdc', { q1: 'no' });
    const entries = listOutbox(storage);
    expect(entries.map((e) => [e.submission.id, e.attempts])).toEqual([
      ['1', 3],
      ['2', 0],
    ]);
    removeOutbox(storage, '1');
    expect(listOutbox(storage).map((e) => e.submission.id)).toEqual(['2']);
  });

  it('skips entries that are not outbox entries', () => {
    const storage = memoryStorage();
    storage.setItem('nok-anketa:outbox:x', JSON.stringify({ submission: {}, attempts: 0 }));
    expect(listOutbox(storage)).toEqual([]);
  });
});
