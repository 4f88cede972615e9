// Russian text folded for matching: case and ё/е ignored, punctuation never part of a word.

/** Lower case with ё read as е, the way Russian is commonly typed. */
export function foldCase(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е');
}

/** A word of the text and where it stands, so a match can be highlighted in place. */
export interface WordSpan {
  start: number;
  end: number;
  /** The word folded (lower case, ё → е). */
  form: string;
}

// Dotted numbers stay whole («7.1», «2016.12.01»); everything else splits on any non-letter,
// so «интернет-опроса» gives two words and quotes, dashes and № never reach the index.
const WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+/gu;

export function wordSpans(text: string): WordSpan[] {
  // Folding the text once is cheaper than word by word (highlighting runs on every shown record);
  // a letter whose lower case is longer (İ) shifts offsets, and then each word is folded alone.
  const folded = foldCase(text);
  const aligned = folded.length === text.length;
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    spans.push({
      start: m.index,
      end,
      form: aligned ? folded.slice(m.index, end) : foldCase(m[0]),
    });
  }
  return spans;
}

/** The folded words of a text, in order. */
export function tokenize(text: string): string[] {
  return wordSpans(text).map((s) => s.form);
}
