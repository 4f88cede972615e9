// Operators write «same» in the source column to mean "as in the row above"; sometimes with a
// remark: «same (decimal point)». The remark is kept in notes rather than dropped.

// Spreadsheets capitalise the first letter of a cell on their own, hence any case.
const SAME = /^same(?:\s*\((.*)\))?$/is;

export type SourceReading =
  { kind: 'own'; source: string } | { kind: 'same'; remark?: string } | { kind: 'none' };

export function readSource(cell: string | undefined): SourceReading {
  if (cell === undefined) return { kind: 'none' };
  const same = SAME.exec(cell);
  if (!same) return { kind: 'own', source: cell };
  const remark = same[1]?.trim();
  return remark ? { kind: 'same', remark } : { kind: 'same' };
}

/** Notes with a «same (…)» remark appended, so the published quirk stays visible. */
export function withRemark(
  notes: string | undefined,
  remark: string | undefined,
): string | undefined {
  if (remark === undefined) return notes;
  return notes === undefined ? remark : `${notes}; ${remark}`;
}
