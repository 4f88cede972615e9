// Sends queued answers until the receiver confirms them. The queue lives in Web Storage, so an
// answer survives a closed tab; each retry reuses the answer's id, and the receiver stores an
// id once, so a reply lost on the way back can never produce a second row.
import type { AnswerSubmission } from '../../domain/questionnaire/answerSchema.ts';
import { retryDelayMs } from '../../domain/survey-client/backoff.ts';
import { classifyResponse, type SendOutcome } from '../../domain/survey-client/outcome.ts';
import {
  clearDraft,
  listOutbox,
  memoryStorage,
  putOutbox,
  removeOutbox,
  type OutboxEntry,
  type StorageLike,
} from '../../domain/survey-client/storage.ts';

/** A receiver that has not answered by then is treated like a dropped connection. */
const requestTimeoutMs = 20_000;

export interface Outbox {
  enqueue(submission: AnswerSubmission): void;
  /** Retry every queued answer now (the «online» event, or the person asking). */
  retryNow(): void;
  stop(): void;
}

async function post(endpoint: string, submission: AnswerSubmission): Promise<SendOutcome> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(submission),
      credentials: 'omit',
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const body: unknown = await response.json().catch(() => undefined);
    return classifyResponse(response.status, body, response.headers.get('Retry-After'), Date.now());
  } catch {
    return { kind: 'retry' };
  }
}

export function startOutbox(
  endpoint: string,
  storage: StorageLike,
  onOutcome: (id: string, outcome: SendOutcome) => void,
): Outbox {
  const inFlight = new Set<string>();
  // Entries a full or refusing storage would not take: still sent and retried while the page lives.
  const unsaved = new Map<string, OutboxEntry>();
  const save = (entry: OutboxEntry) =>
    putOutbox(storage, entry)
      ? unsaved.delete(entry.submission.id)
      : unsaved.set(entry.submission.id, entry);
  const entries = (): OutboxEntry[] => {
    const stored = listOutbox(storage);
    return [
      ...stored,
      ...[...unsaved.values()].filter(
        (u) => !stored.some((s) => s.submission.id === u.submission.id),
      ),
    ];
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function settle(entry: OutboxEntry, outcome: SendOutcome): void {
    const { id, organization } = entry.submission;
    if (outcome.kind === 'retry') {
      const delay = outcome.afterMs ?? retryDelayMs(entry.attempts);
      save({ ...entry, attempts: entry.attempts + 1, nextAttemptAt: Date.now() + delay });
    } else {
      removeOutbox(storage, id);
      unsaved.delete(id);
      // The draft goes only with a confirmation; a refused answer stays for the person to fix.
      if (outcome.kind === 'sent') clearDraft(storage, organization);
    }
    onOutcome(id, outcome);
  }

  async function send(entry: OutboxEntry): Promise<void> {
    inFlight.add(entry.submission.id);
    const outcome = await post(endpoint, entry.submission);
    inFlight.delete(entry.submission.id);
    if (!stopped) settle(entry, outcome);
  }

  function schedule(): void {
    clearTimeout(timer);
    const waiting = entries().filter((e) => !inFlight.has(e.submission.id));
    if (stopped || waiting.length === 0) return;
    const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
    timer = setTimeout(() => void flush(), Math.max(0, next - Date.now()));
  }

  async function flush(): Promise<void> {
    const now = Date.now();
    const due = entries().filter((e) => e.nextAttemptAt <= now && !inFlight.has(e.submission.id));
    const sending = due.map(send);
    schedule();
    await Promise.all(sending);
    schedule();
  }

  function retryNow(): void {
    for (const entry of entries()) save({ ...entry, nextAttemptAt: 0 });
    void flush();
  }

  window.addEventListener('online', retryNow);
  void flush();
  return {
    enqueue(submission) {
      save({ submission, attempts: 0, nextAttemptAt: 0 });
      void flush();
    },
    retryNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', retryNow);
    },
  };
}

/** localStorage when the browser allows it (a sandboxed or third-party iframe may not), memory otherwise. */
export function browserStorage(): StorageLike {
  try {
    const probe = 'nok-anketa:probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}
