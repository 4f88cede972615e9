import { progressStates, type ProgressState, type ProgressStatus } from './status.ts';

export interface ProgressTally {
  counts: Record<ProgressState, number>;
  total: number;
  /** Measures that are done, or whose planned day has passed: the ones that could be on time by now. */
  dueOrDone: number;
  /** Done on time among dueOrDone; null when no measure is due or done yet (not 0, not 100). */
  onTimeShare: number | null;
}

/** Counts by status and the share done on time, for a territory, an organization or a plan. */
export function tallyProgress(
  statuses: readonly Pick<ProgressStatus, 'state' | 'pastDueNotDone'>[],
): ProgressTally {
  const counts = Object.fromEntries(progressStates.map((s) => [s, 0])) as Record<
    ProgressState,
    number
  >;
  let dueOrDone = 0;
  for (const s of statuses) {
    counts[s.state] += 1;
    if (s.state === 'doneOnTime' || s.state === 'doneLate' || s.pastDueNotDone) dueOrDone += 1;
  }
  return {
    counts,
    total: statuses.length,
    dueOrDone,
    onTimeShare: dueOrDone === 0 ? null : counts.doneOnTime / dueOrDone,
  };
}
