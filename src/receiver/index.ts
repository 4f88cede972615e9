export { createReceiver, defaultRateLimit, type ReceiverOptions } from './receiver.ts';
export { openAnswerStore, type AnswerStore, type StoredRow } from './store.ts';
export { resultPages } from './respond.ts';
