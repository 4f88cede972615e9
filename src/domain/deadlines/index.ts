/** Deadlines of plan measures: read the raw «Срок исполнения» text, then say what it means as of a date. */
export { parseDeadline } from './parse.ts';
export { deadlineStatus, type DeadlineStatus } from './status.ts';
export { describeDeadline } from './describe.ts';
export { lastDay, formatDay } from './calendar.ts';
export {
  deadlineSchema,
  deadlinePartSchema,
  momentSchema,
  occurrenceSchema,
  type Deadline,
  type DeadlinePart,
  type Moment,
  type Occurrence,
  type ParseContext,
} from './schema.ts';
