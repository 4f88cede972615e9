// The draft (one per organization) and the outbox (one entry per answer id) in Web Storage.
// Everything goes through a Storage-like object, so an iframe whose storage the browser blocks
// falls back to memory instead of breaking the form.
import type { AnswerSubmission } from '../questionnaire/answerSchema.ts';
import type { Answers } from '../questionnaire/visibility.ts';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface OutboxEntry {
  submission: AnswerSubmission;
  /** Failed attempts so far; sets the next backoff delay. */
  attempts: number;
  /** Epoch milliseconds; 0 means «as soon as possible». */
  nextAttemptAt: number;
}

const draftPrefix = 'nok-anketa:draft:';
const outboxPrefix = 'nok-anketa:outbox:';

function readJson(storage: StorageLike, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

/** A full or blocked storage must not lose the answer on screen; the caller keeps its state. */
function writeJson(storage: StorageLike, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readDraft(storage: StorageLike, organization: string): Answers | undefined {
  const draft = readJson(storage, draftPrefix + organization);
  if (!isRecord(draft)) return undefined;
  const answers = Object.fromEntries(
    Object.entries(draft).filter(([, v]) => typeof v === 'string'),
  ) as Answers;
  return Object.keys(answers).length > 0 ? answers : undefined;
}

export function saveDraft(storage: StorageLike, organization: string, answers: Answers): void {
  if (Object.keys(answers).length === 0) storage.removeItem(draftPrefix + organization);
  else writeJson(storage, draftPrefix + organization, answers);
}

export const clearDraft = (storage: StorageLike, organization: string): void =>
  storage.removeItem(draftPrefix + organization);

const isEntry = (v: unknown): v is OutboxEntry =>
  isRecord(v) &&
  isRecord(v['submission']) &&
  typeof v['submission']['id'] === 'string' &&
  typeof v['attempts'] === 'number' &&
  typeof v['nextAttemptAt'] === 'number';

export function listOutbox(storage: StorageLike): OutboxEntry[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(outboxPrefix)) keys.push(key);
  }
  return keys.map((key) => readJson(storage, key)).filter(isEntry);
}

export const putOutbox = (storage: StorageLike, entry: OutboxEntry): boolean =>
  writeJson(storage, outboxPrefix + entry.submission.id, entry);

export const removeOutbox = (storage: StorageLike, id: string): void =>
  storage.removeItem(outboxPrefix + id);

/** In-memory stand-in, for a browser that refuses Web Storage and for tests. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}
