// The store for deployments with more than one receiver: a PostgreSQL database they share,
// through node-postgres (`pg`, pure JavaScript: its native binding is not installed). Uniqueness
// lives in the database (the primary key and INSERT … ON CONFLICT DO NOTHING), so a replay sent
// to another receiver is recognised there. With synchronous_commit on (PostgreSQL's default),
// COMMIT returning means the batch is in the write-ahead log on disk.
import pg from 'pg';
import type { PostgresConnection } from '../config/values.ts';
import { migrationsOf, migrationsTable } from './migrations.ts';
import {
  groupCommit,
  splitProposal,
  toStoredRow,
  writeHealth,
  type AnswerStore,
  type Pending,
  type Row,
  type SaveOutcome,
} from './store.ts';

/** Batches committing at once: one fills while another's COMMIT waits for its flush. */
const IN_FLIGHT = 2;

/** Any lock number of our own: receivers starting together migrate one after another. */
const MIGRATION_LOCK = 675_2018;

function connect(c: PostgresConnection): pg.Pool {
  const pool = new pg.Pool({
    host: c.host, // a directory names a unix socket, as in libpq
    port: c.port,
    database: c.database,
    user: c.user,
    // A function, so that an empty password is not replaced by PGPASSWORD from the environment.
    password: () => c.password,
    ssl: c.ssl === false ? false : { rejectUnauthorized: c.ssl === 'verify-full' },
    max: IN_FLIGHT + 1, // and one for the health probe
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 300_000,
    application_name: 'nok-receiver',
  });
  // A connection cut while idle (the server restarted) is dropped from the pool; the next query
  // opens a new one. Unheard, the error would end the process.
  const lost = (error: Error) =>
    console.error(`receiver: PostgreSQL connection lost: ${error.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  return pool;
}

/** Runs `work` in one transaction on one connection; a connection that failed is not reused. */
async function transaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await transaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(migrationsTable);
    const applied = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map(
        (r) => r.name,
      ),
    );
    for (const m of migrationsOf('postgres').filter((m) => !applied.has(m.name))) {
      await tx.query(m.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
    }
  });
}

const insertAnswers = `
  INSERT INTO answers (id, organization, questionnaire, sphere, received_on, answers_json, proposal, canonical_hash)
  SELECT id, organization, questionnaire, sphere, received_on, answers::jsonb, proposal, canonical_hash
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[])
    AS t (id, organization, questionnaire, sphere, received_on, answers, proposal, canonical_hash)
  ON CONFLICT (id) DO NOTHING
  RETURNING id::text`;

/**
 * One batch in one transaction. Ids are inserted in sorted order, so two receivers committing
 * overlapping batches wait for each other instead of deadlocking; an id twice in one batch is
 * inserted once and the later copy compared like any replay. The stored hashes of ids that were
 * already there are read after the INSERT: by then a concurrent transaction that held the id has
 * committed (the INSERT waited for it), and READ COMMITTED sees its row.
 */
async function commitBatch(tx: pg.PoolClient, batch: readonly Pending[]): Promise<SaveOutcome[]> {
  const firsts = new Map<string, Pending>();
  for (const p of batch) if (!firsts.has(p.submission.id)) firsts.set(p.submission.id, p);
  const rows = [...firsts.values()].sort((a, b) => (a.submission.id < b.submission.id ? -1 : 1));
  const split = rows.map((p) => splitProposal(p.submission));
  const inserted = await tx.query<{ id: string }>({
    name: 'nok-insert-answers',
    text: insertAnswers,
    values: [
      rows.map((p) => p.submission.id),
      rows.map((p) => p.submission.organization),
      rows.map((p) => p.submission.questionnaire),
      rows.map((p) => p.submission.sphere),
      rows.map((p) => p.receivedOn),
      split.map((s) => s.closedJson),
      split.map((s) => s.proposal),
      rows.map((p) => p.canonicalHash),
    ],
  });
  const fresh = new Set(inserted.rows.map((r) => r.id));
  const hashes = new Map([...fresh].map((id) => [id, firsts.get(id)!.canonicalHash]));
  const existing = [...firsts.keys()].filter((id) => !fresh.has(id));
  if (existing.length > 0) {
    const found = await tx.query<{ id: string; hash: string }>(
      'SELECT id::text, canonical_hash AS hash FROM answers WHERE id = ANY($1::uuid[])',
      [existing],
    );
    for (const r of found.rows) hashes.set(r.id, r.hash);
  }
  return batch.map((p) => {
    if (firsts.get(p.submission.id) === p && fresh.has(p.submission.id)) return 'stored';
    return hashes.get(p.submission.id) === p.canonicalHash ? 'replay' : 'conflict';
  });
}

export async function openPostgresStore(c: PostgresConnection): Promise<AnswerStore> {
  const pool = connect(c);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw new Error(
      `PostgreSQL ${c.shown}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const health = writeHealth(() =>
    pool.query(
      'INSERT INTO receiver_health (id, probes) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET probes = receiver_health.probes + 1',
    ),
  );
  return {
    where: c.shown,
    save: groupCommit(
      (batch) => transaction(pool, (tx) => commitBatch(tx, batch)),
      health.wrote,
      IN_FLIGHT,
    ),
    all: async () =>
      (
        await pool.query<Row>(`SELECT id::text, organization, questionnaire, sphere, received_on::text, answers_json::text, proposal
                               FROM answers ORDER BY organization, received_on, id`)
      ).rows.map(toStoredRow),
    count: async () =>
      Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM answers')).rows[0]!.n),
    ping: health.ping,
    close: () => pool.end(),
  };
}
