// The store for deployments with more than one receiver: a PostgreSQL database they share,
// through `postgres` (pure JavaScript, no native addon). Uniqueness lives in the database (the
// primary key and INSERT … ON CONFLICT DO NOTHING), so a replay sent to another receiver is
// recognised there. With synchronous_commit on (PostgreSQL's default), COMMIT returning means the
// batch is in the write-ahead log on disk.
import path from 'node:path';
import postgres from 'postgres';
import type { PostgresConnection } from '../config/values.ts';
import { migrationsOf, migrationsTable } from './migrations.ts';
import { groupCommit, splitProposal, toStoredRow, writeHealth, type AnswerStore, type Pending, type Row, type SaveOutcome } from './store.ts';

/** Batches committing at once: one fills while another's COMMIT waits for its flush. */
const IN_FLIGHT = 2;

/** Any lock number of our own: receivers starting together migrate one after another. */
const MIGRATION_LOCK = 675_2018;

type Sql = postgres.Sql;

function connect(c: PostgresConnection): Sql {
  return postgres({
    host: c.host,
    port: c.port,
    // A host that is a directory names a unix socket, as in libpq.
    ...(c.host.startsWith('/') ? { path: path.join(c.host, `.s.PGSQL.${c.port}`) } : {}),
    database: c.database,
    username: c.user,
    // A function, so that an empty password is not replaced by PGPASSWORD from the environment.
    pass: () => c.password,
    ssl: c.ssl,
    max: IN_FLIGHT + 1, // and one for the health probe
    connect_timeout: 5,
    idle_timeout: 300,
    onnotice: () => undefined,
    connection: { application_name: 'nok-receiver' },
  });
}

async function migrate(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx.unsafe(migrationsTable);
    const applied = new Set((await tx<{ name: string }[]>`SELECT name FROM schema_migrations`).map((r) => r.name));
    for (const m of migrationsOf('postgres').filter((m) => !applied.has(m.name))) {
      await tx.unsafe(m.sql);
      await tx`INSERT INTO schema_migrations (name) VALUES (${m.name})`;
    }
  });
}

/**
 * One batch in one transaction. Ids are inserted in sorted order, so two receivers committing
 * overlapping batches wait for each other instead of deadlocking; an id twice in one batch is
 * inserted once and the later copy compared like any replay. The stored hashes of ids that were
 * already there are read after the INSERT: by then a concurrent transaction that held the id has
 * committed (the INSERT waited for it), and READ COMMITTED sees its row.
 */
async function commitBatch(tx: postgres.TransactionSql, batch: readonly Pending[]): Promise<SaveOutcome[]> {
  const firsts = new Map<string, Pending>();
  for (const p of batch) if (!firsts.has(p.submission.id)) firsts.set(p.submission.id, p);
  const rows = [...firsts.values()].sort((a, b) => (a.submission.id < b.submission.id ? -1 : 1));
  const split = rows.map((p) => splitProposal(p.submission));
  // The answers travel as text and are cast to jsonb in SQL: a string in a typed array parameter
  // would arrive as a JSON string, not as the object it spells.
  const inserted = await tx<{ id: string }[]>`
    INSERT INTO answers (id, organization, questionnaire, sphere, received_on, answers_json, proposal, canonical_hash)
    SELECT id, organization, questionnaire, sphere, received_on, answers::jsonb, proposal, canonical_hash FROM unnest(
      ${rows.map((p) => p.submission.id)}::uuid[], ${rows.map((p) => p.submission.organization)}::text[],
      ${rows.map((p) => p.submission.questionnaire)}::text[], ${rows.map((p) => p.submission.sphere)}::text[],
      ${rows.map((p) => p.receivedOn)}::date[], ${split.map((s) => s.closedJson)}::text[],
      ${split.map((s) => s.proposal)}::text[], ${rows.map((p) => p.canonicalHash)}::text[]
    ) AS t (id, organization, questionnaire, sphere, received_on, answers, proposal, canonical_hash)
    ON CONFLICT (id) DO NOTHING
    RETURNING id::text`;
  const fresh = new Set(inserted.map((r) => r.id));
  const hashes = new Map([...fresh].map((id) => [id, firsts.get(id)!.canonicalHash]));
  const existing = [...firsts.keys()].filter((id) => !fresh.has(id));
  if (existing.length > 0) {
    for (const r of await tx<{ id: string; hash: string }[]>`SELECT id::text, canonical_hash AS hash FROM answers WHERE id = ANY(${existing}::uuid[])`) hashes.set(r.id, r.hash);
  }
  return batch.map((p) => {
    if (firsts.get(p.submission.id) === p && fresh.has(p.submission.id)) return 'stored';
    return hashes.get(p.submission.id) === p.canonicalHash ? 'replay' : 'conflict';
  });
}

export async function openPostgresStore(c: PostgresConnection): Promise<AnswerStore> {
  const sql = connect(c);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw new Error(`PostgreSQL ${c.shown}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const health = writeHealth(() =>
    sql`INSERT INTO receiver_health (id, probes) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET probes = receiver_health.probes + 1`.execute(),
  );
  return {
    where: c.shown,
    save: groupCommit((batch) => sql.begin((tx) => commitBatch(tx, batch)), health.wrote, IN_FLIGHT),
    all: async () =>
      (
        await sql<Row[]>`SELECT id::text, organization, questionnaire, sphere, received_on::text, answers_json::text, proposal, proposal_publishable
                         FROM answers ORDER BY organization, received_on, id`
      ).map(toStoredRow),
    count: async () => Number((await sql<{ n: string }[]>`SELECT count(*) AS n FROM answers`)[0]!.n),
    ping: health.ping,
    close: () => sql.end({ timeout: 5 }),
  };
}
