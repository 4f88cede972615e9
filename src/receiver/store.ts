// Answer storage: one interface, two stores — an embedded SQLite file (sqliteStore.ts, the
// default) and a PostgreSQL database several receivers share (postgresStore.ts). Only what the
// assessment needs is kept: no IP address, no user agent, no time of day (152-ФЗ) — the day of
// receipt sets the period. What both stores share lives here: the group commit and the health
// probe's pacing.
import type { PostgresConnection } from '../config/values.ts';
import type { AnswerSubmission, StoredAnswer } from '../domain/questionnaire/index.ts';

export type SaveOutcome = 'stored' | 'replay' | 'conflict';

export interface StoredRow extends StoredAnswer {
  id: string;
  questionnaire: string;
  /** Free text (Q16): kept for the operator, never published as is. */
  proposal: string | null;
}

export interface AnswerStore {
  /** Resolves once the answer's transaction is committed and durable (or it was already there). */
  save(
    submission: AnswerSubmission,
    canonicalHash: string,
    receivedOn: string,
  ): Promise<SaveOutcome>;
  all(): Promise<StoredRow[]>;
  count(): Promise<number>;
  /** Whether an answer sent now would be stored where the operator reads it after a restart. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** Where the answers go, for the log: the file, or the database URL without its password. */
  readonly where: string;
}

/** Where the answers are kept: src/config/settings.ts reads it from --db or --database-url. */
export type StoreLocation =
  { kind: 'sqlite'; path: string } | { kind: 'postgres'; connection: PostgresConnection };

export interface Pending {
  submission: AnswerSubmission;
  canonicalHash: string;
  receivedOn: string;
  resolve: (outcome: SaveOutcome) => void;
  reject: (error: unknown) => void;
}

/** At most this many answers share one commit, so one slow batch never holds many clients. */
export const MAX_BATCH = 256;

/** The health check commits at most this often; a flood of checks must not become a flood of fsyncs. */
const PROBE_INTERVAL_MS = 1_000;

/** A health probe that has not answered in this long counts as failed: health must not hang. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Group commit: the answers that arrive while a commit is under way share the next transaction
 * (up to MAX_BATCH). Each is acknowledged only after its batch's COMMIT returned, so durability
 * is per answer at the cost of one flush per batch. `inFlight` batches may commit at once (one
 * for SQLite, whose commit blocks the event loop anyway).
 */
export function groupCommit(
  commit: (batch: readonly Pending[]) => Promise<SaveOutcome[]>,
  wrote: (ok: boolean) => void,
  inFlight = 1,
): AnswerStore['save'] {
  const queue: Pending[] = [];
  let running = 0;
  let scheduled = false;
  const settle =
    (batch: readonly Pending[]) =>
    (outcome: { ok: true; outcomes: SaveOutcome[] } | { ok: false; error: unknown }) => {
      running -= 1;
      wrote(outcome.ok);
      batch.forEach((p, i) =>
        outcome.ok ? p.resolve(outcome.outcomes[i]!) : p.reject(outcome.error),
      );
      if (queue.length > 0) schedule();
    };
  const flush = () => {
    scheduled = false;
    while (running < inFlight && queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      running += 1;
      commit(batch).then(
        (outcomes) => settle(batch)({ ok: true, outcomes }),
        (error: unknown) => settle(batch)({ ok: false, error }),
      );
    }
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return (submission, canonicalHash, receivedOn) =>
    new Promise<SaveOutcome>((resolve, reject) => {
      queue.push({ submission, canonicalHash, receivedOn, resolve, reject });
      schedule();
    });
}

/**
 * The health check's answer: the last write's outcome (an answer's batch or a probe) while it is
 * under a second old, else a fresh probe commit. Checks that arrive during a probe share it.
 */
export function writeHealth(
  probe: () => Promise<unknown>,
  intact: () => boolean = () => true,
): { wrote: (ok: boolean) => void; ping: () => Promise<boolean> } {
  let lastWrite = { at: -Infinity, ok: false };
  let probing: Promise<boolean> | undefined;
  const wrote = (ok: boolean) => void (lastWrite = { at: performance.now(), ok });
  const runProbe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(
          () => reject(new Error(`no answer in ${PROBE_TIMEOUT_MS} ms`)),
          PROBE_TIMEOUT_MS,
        )),
    );
    try {
      await Promise.race([probe(), timeout]);
      wrote(true);
    } catch (error) {
      console.error(
        'receiver: health check write failed:',
        error instanceof Error ? error.message : error,
      );
      wrote(false);
    } finally {
      clearTimeout(timer);
      probing = undefined;
    }
    return lastWrite.ok;
  };
  const ping = async (): Promise<boolean> => {
    if (!intact()) return false;
    if (performance.now() - lastWrite.at < PROBE_INTERVAL_MS) return lastWrite.ok;
    probing ??= runProbe();
    return probing;
  };
  return { wrote, ping };
}

/** A row of the answers table as either store returns it. */
export interface Row {
  id: string;
  organization: string;
  questionnaire: string;
  sphere: string;
  received_on: string;
  answers_json: string;
  proposal: string | null;
}

export const toStoredRow = (r: Row): StoredRow => ({
  id: r.id,
  organization: r.organization,
  questionnaire: r.questionnaire,
  sphere: r.sphere as StoredRow['sphere'],
  receivedOn: r.received_on,
  answers: JSON.parse(r.answers_json) as StoredRow['answers'],
  proposal: r.proposal,
});

/** The answers without the free text, as stored in answers_json; the free text goes to `proposal`. */
export function splitProposal(submission: AnswerSubmission): {
  closedJson: string;
  proposal: string | null;
} {
  const { q16, ...closedAnswers } = submission.answers;
  return { closedJson: JSON.stringify(closedAnswers), proposal: q16 ?? null };
}
