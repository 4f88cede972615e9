/**
 * Compares an imported draft with a hand transcription, cell by cell, measure by measure in
 * source order: how much of the editor's work the importer did, and what the editor changed.
 */
import type { Measure } from '../../schemas/index.ts';
import { flattenMeasures } from '../measures.ts';

const CELLS = [
  'place',
  'number',
  'anchor',
  'section',
  'text',
  'form',
  'deadline',
  'executors',
  'result',
] as const;
type CellName = (typeof CELLS)[number];

export interface CellDifference {
  /** The measure's place in the hand transcription (or the draft, when the hand has none there). */
  path: string;
  field: CellName;
  draft: string | null;
  hand: string | null;
}

export interface Comparison {
  cells: number;
  identical: number;
  differences: CellDifference[];
}

type Placed = { measure: Measure; path: string } | undefined;

function cellValue(placed: Placed, field: CellName): string | null {
  if (!placed) return null;
  if (field === 'place') return placed.path;
  if (field === 'executors')
    return placed.measure.executors.length === 0 ? null : placed.measure.executors.join(' | ');
  return placed.measure[field] ?? null;
}

/** Counts a cell when either side has it; both sides absent is no cell. */
export function compareMeasures(draft: Measure[], hand: Measure[]): Comparison {
  const ours = flattenMeasures({ measures: draft });
  const theirs = flattenMeasures({ measures: hand });
  const comparison: Comparison = { cells: 0, identical: 0, differences: [] };
  for (let i = 0; i < Math.max(ours.length, theirs.length); i += 1) {
    const [a, b] = [ours[i], theirs[i]];
    for (const field of CELLS) {
      const [draftValue, handValue] = [cellValue(a, field), cellValue(b, field)];
      if (draftValue === null && handValue === null) continue;
      comparison.cells += 1;
      if (draftValue === handValue) comparison.identical += 1;
      else
        comparison.differences.push({
          path: (b ?? a)!.path,
          field,
          draft: draftValue,
          hand: handValue,
        });
    }
  }
  return comparison;
}

/** «97.3 %» of the cells identical. */
export const identicalShare = (c: Pick<Comparison, 'cells' | 'identical'>) =>
  c.cells === 0 ? 1 : c.identical / c.cells;
