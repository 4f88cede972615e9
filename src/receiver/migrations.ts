// The schema as numbered SQL files under migrations/<store>/, applied in order when a store opens
// and recorded in schema_migrations: what the receiver does to a database is in the repository
// for an operator (or a DBA) to read, and each step runs once.
import fs from 'node:fs';
import path from 'node:path';

export interface Migration {
  name: string;
  sql: string;
}

export function migrationsOf(store: 'sqlite' | 'postgres'): Migration[] {
  const dir = path.join(import.meta.dirname, 'migrations', store);
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export const migrationsTable =
  'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)';
