export { createReceiver, type ReceiverOptions } from './receiver.ts';
export { defaultRateLimit } from './rateLimit.ts';
export { loadOrganizations } from './organizations.ts';
export { openAnswerStore, type AnswerStore, type StoredRow } from './store.ts';
export { resultPages } from './respond.ts';
