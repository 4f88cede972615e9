// A query as words: folded, stopwords dropped, one entry per stem.
import { tokenize } from './normalize.ts';
import { isStopword, stemWord } from './stem.ts';

export interface QueryWord {
  form: string;
  stem: string;
  /** The last word while it is still being typed: it may be the start of a longer word. */
  prefix: boolean;
}

export function parseQuery(query: string): QueryWord[] {
  const forms = tokenize(query);
  const typing = forms.length > 0 && !/[\s\p{P}]$/u.test(query);
  const words: QueryWord[] = [];
  forms.forEach((form, i) => {
    if (isStopword(form)) return;
    const stem = stemWord(form);
    const prefix = typing && i === forms.length - 1;
    const same = words.find((w) => w.stem === stem);
    if (same) same.prefix ||= prefix;
    else words.push({ form, stem, prefix });
  });
  return words;
}
