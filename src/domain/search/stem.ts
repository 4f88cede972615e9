// Word forms to stems with the Snowball Russian stemmer (@orama/stemmers, a maintained port of
// snowballstem.org), so «заседаниях», «заседаний» and «заседания» all index as «заседан».
import { stemmer } from '@orama/stemmers/russian';
import { tokenize } from './normalize.ts';

// Function words that match nearly every record and carry no meaning for a query.
const stopwords = new Set(
  'а без бы в во вы да для до его ее же за и из или им их к как ко ли либо на над не ни но о об однако от по под при про с со так также то у что чтобы это'.split(
    ' ',
  ),
);

export const isStopword = (form: string): boolean => stopwords.has(form);

const cyrillic = /^[а-я]+$/;

// Highlighting stems every word of every shown record: remember recent words (bounded).
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The stem of a folded word; Latin words and numbers are kept as they are. */
export function stemWord(form: string): string {
  let stem = memo.get(form);
  if (stem === undefined) {
    stem = cyrillic.test(form) && form.length > 2 ? stemmer(form) : form;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(form, stem);
  }
  return stem;
}

export interface AnalyzedWord {
  form: string;
  stem: string;
}

/** The meaningful words of a text with their stems, stopwords dropped. */
export function analyze(text: string): AnalyzedWord[] {
  return tokenize(text)
    .filter((form) => !isStopword(form))
    .map((form) => ({ form, stem: stemWord(form) }));
}
