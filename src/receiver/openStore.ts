// Opens the store a StoreLocation names (src/config/settings.ts reads it from --db or --database-url).
import { openPostgresStore } from './postgresStore.ts';
import { openSqliteStore } from './sqliteStore.ts';
import type { AnswerStore, StoreLocation } from './store.ts';

export const openAnswerStore = async (location: StoreLocation): Promise<AnswerStore> =>
  location.kind === 'sqlite'
    ? openSqliteStore(location.path)
    : openPostgresStore(location.connection);
