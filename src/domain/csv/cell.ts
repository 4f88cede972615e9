// Reading one spreadsheet cell as a number. Operators' files mix decimal commas and points
// («80,5», «140.45»); anything that could be read two ways is refused, never guessed.

export type CellReading = { ok: true; value: number } | { ok: false; reason: string };

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const INTEGER = /^-?\d+$/;
// «1 234,5»: digit groups of three split by a space (also the no-break spaces spreadsheets use).
const THOUSANDS_GROUPS = /^-?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
// Digits and separators broken by a space: «111, 83».
const SPACED_DIGITS = /^-?\d[\d.,]*(?:\s+[\d.,]+)+$/;
const SEPARATOR = /[.,]/g;

/** A score: decimal comma or point, no thousands separators (scores never reach a thousand). */
export function readDecimal(cell: string): CellReading {
  if (DECIMAL.test(cell)) return { ok: true, value: Number(cell.replace(',', '.')) };
  return { ok: false, reason: `не число: ${whyNotDecimal(cell)}` };
}

/** A year or a rank: digits only. */
export function readInteger(cell: string): CellReading {
  if (INTEGER.test(cell)) return { ok: true, value: Number(cell) };
  return { ok: false, reason: 'ожидается целое число' };
}

function whyNotDecimal(cell: string): string {
  if (THOUSANDS_GROUPS.test(cell)) {
    return 'пробел как разделитель разрядов — в баллах разделители разрядов не ожидаются, запишите число без пробелов';
  }
  if (SPACED_DIGITS.test(cell)) return 'пробел внутри числа';
  if ((cell.match(SEPARATOR) ?? []).length > 1) {
    return 'больше одного разделителя — непонятно, какой из них десятичный';
  }
  return 'ожидается число с десятичной запятой или точкой, например 80,5';
}
