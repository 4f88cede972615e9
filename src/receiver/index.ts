export { createReceiver, type ReceiverOptions } from './receiver.ts';
export { defaultRateLimit } from './rateLimit.ts';
export { loadOrganizations } from './organizations.ts';
export { openAnswerStore } from './openStore.ts';
export { openSqliteStore } from './sqliteStore.ts';
export type { AnswerStore, StoreLocation, StoredRow } from './store.ts';
export { resultPages } from './respond.ts';
