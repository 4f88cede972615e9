// Answer storage on node:sqlite (no native addon). Only what the assessment needs is kept: no IP
// address, no user agent, no time of day (152-ФЗ) — the day of receipt sets the period.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { AnswerSubmission, StoredAnswer } from '../domain/questionnaire/index.ts';

export type SaveOutcome = 'stored' | 'replay' | 'conflict';

export interface StoredRow extends StoredAnswer {
  id: string;
  questionnaire: string;
  /** Free text (Q16): kept for the operator, never published as is. */
  proposal: string | null;
  proposalPublishable: boolean;
}

export interface AnswerStore {
  /** Resolves once the answer's transaction is durable on disk (or it was already there). */
  save(submission: AnswerSubmission, canonicalHash: string, receivedOn: string): Promise<SaveOutcome>;
  all(): StoredRow[];
  count(): number;
  /** Whether an answer sent now would be stored in the file the operator reads after a restart. */
  ping(): boolean;
  close(): void;
}

const schema = `
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,                 -- client-generated UUID, the idempotency key
  organization TEXT NOT NULL,
  questionnaire TEXT NOT NULL,
  sphere TEXT NOT NULL,
  received_on TEXT NOT NULL,           -- YYYY-MM-DD, day precision on purpose
  answers_json TEXT NOT NULL,          -- answers without the free text
  proposal TEXT,                       -- Q16 free text
  proposal_publishable INTEGER NOT NULL DEFAULT 0 CHECK (proposal_publishable IN (0, 1)),
  canonical_hash TEXT NOT NULL         -- sha256 of the canonical submission, compared on replay
) STRICT;
CREATE INDEX IF NOT EXISTS answers_by_organization ON answers (organization, received_on);
-- Written by the health check: only a real commit proves the disk still takes writes.
CREATE TABLE IF NOT EXISTS receiver_health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  probes INTEGER NOT NULL
) STRICT;
`;

function openDatabase(dbPath: string): DatabaseSync {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const db = new DatabaseSync(dbPath);
  // WAL + FULL: a committed INSERT survives a crash or power loss, so a 201 is never a lie.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  db.exec(schema);
  return db;
}

interface Row {
  id: string;
  organization: string;
  questionnaire: string;
  sphere: string;
  received_on: string;
  answers_json: string;
  proposal: string | null;
  proposal_publishable: number;
}

const toStoredRow = (r: Row): StoredRow => ({
  id: r.id,
  organization: r.organization,
  questionnaire: r.questionnaire,
  sphere: r.sphere as StoredRow['sphere'],
  receivedOn: r.received_on,
  answers: JSON.parse(r.answers_json) as StoredRow['answers'],
  proposal: r.proposal,
  proposalPublishable: r.proposal_publishable === 1,
});

interface Pending {
  submission: AnswerSubmission;
  canonicalHash: string;
  receivedOn: string;
  resolve: (outcome: SaveOutcome) => void;
  reject: (error: unknown) => void;
}

/** At most this many answers share one commit, so one slow batch never holds many clients. */
const MAX_BATCH = 256;

/** The health check commits at most this often; a flood of checks must not become a flood of fsyncs. */
const PROBE_INTERVAL_MS = 1_000;

type Identity = string | undefined;

const identityOf = (file: string): Identity => {
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
};

/**
 * SQLite keeps writing to its open files after they are deleted or replaced: the commits succeed,
 * and the answers vanish with the process. So the store remembers which files it opened (the
 * database and its write-ahead log) and, after every commit, checks that the paths still name
 * them. Once they do not, nothing is acknowledged again until the receiver is restarted: it
 * never re-creates the directory itself (an unmounted volume would then fill the root disk).
 */
function fileWatch(dbPath: string): { intact(): boolean } {
  if (dbPath === ':memory:') return { intact: () => true };
  const files = [dbPath, `${dbPath}-wal`];
  const opened = files.map(identityOf);
  let broken = false;
  return {
    intact() {
      broken ||= files.some((f, i) => identityOf(f) !== opened[i]);
      return !broken;
    },
  };
}

export function openAnswerStore(dbPath: string): AnswerStore {
  const db = openDatabase(dbPath);
  const insert = db.prepare(
    `INSERT INTO answers (id, organization, questionnaire, sphere, received_on, answers_json, proposal, canonical_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const hashOf = db.prepare('SELECT canonical_hash AS hash FROM answers WHERE id = ?');

  const insertOne = ({ submission: s, canonicalHash, receivedOn }: Pending): SaveOutcome => {
    const { q16, ...closedAnswers } = s.answers;
    const { changes } = insert.run(s.id, s.organization, s.questionnaire, s.sphere, receivedOn, JSON.stringify(closedAnswers), q16 ?? null, canonicalHash);
    if (Number(changes) === 1) return 'stored';
    const existing = hashOf.get(s.id) as { hash: string } | undefined;
    return existing?.hash === canonicalHash ? 'replay' : 'conflict';
  };

  // Group commit: the answers that arrive while the event loop is busy share one transaction.
  // Each is acknowledged only after COMMIT returns, and with synchronous = FULL that means the
  // batch is on disk: durability per answer, at the cost of one fsync per batch, not per answer.
  const watch = fileWatch(dbPath);
  const gone = () => new Error(`база ответов ${dbPath} удалена или заменена после запуска; ответы не принимаются до перезапуска приёмника`);
  const transaction = <T>(work: () => T): T => {
    if (!watch.intact()) throw gone();
    try {
      db.exec('BEGIN IMMEDIATE');
      const result = work();
      db.exec('COMMIT');
      if (!watch.intact()) throw gone();
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  // The last write's outcome, from an answer's batch or the health probe: health reports it
  // at once rather than waiting for its next probe.
  let lastWrite = { at: -Infinity, ok: false };
  const wrote = (ok: boolean) => (lastWrite = { at: performance.now(), ok });

  const queue: Pending[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length > 0) schedule();
    let outcomes: SaveOutcome[];
    try {
      outcomes = transaction(() => batch.map(insertOne));
    } catch (error) {
      wrote(false);
      for (const p of batch) p.reject(error);
      return;
    }
    wrote(true);
    batch.forEach((p, i) => p.resolve(outcomes[i]!));
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };

  const probe = db.prepare('INSERT INTO receiver_health (id, probes) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET probes = probes + 1');
  const ping = (): boolean => {
    if (!watch.intact()) return false;
    if (performance.now() - lastWrite.at < PROBE_INTERVAL_MS) return lastWrite.ok;
    try {
      transaction(() => probe.run());
      wrote(true);
    } catch (error) {
      console.error('receiver: health check write failed:', error instanceof Error ? error.message : error);
      wrote(false);
    }
    return lastWrite.ok;
  };

  return {
    save: (submission, canonicalHash, receivedOn) =>
      new Promise<SaveOutcome>((resolve, reject) => {
        queue.push({ submission, canonicalHash, receivedOn, resolve, reject });
        schedule();
      }),
    all: () => (db.prepare('SELECT * FROM answers ORDER BY organization, received_on, id').all() as unknown as Row[]).map(toStoredRow),
    count: () => Number((db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n),
    ping,
    close: () => db.close(),
  };
}
