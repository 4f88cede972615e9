// The inverted index: for every stem, the records it occurs in, in which field and which forms.
import { MAX_TRACKED_FORMS, type FieldClass } from './format.ts';
import type { SearchRecord } from './record.ts';
import { analyze } from './stem.ts';
import { encodeVarints } from './varint.ts';

interface Posting {
  forms: Map<string, number>;
  docs: number[];
  /** (form mask << 2) | best field class, per doc */
  packed: number[];
}

function fieldsOf(record: SearchRecord): [FieldClass, string][] {
  return [
    [2, `${record.title} ${record.text}`],
    [1, record.details.map((d) => d.value).join(' ')],
    [0, record.context],
  ];
}

/** Stem → (field class, mask of forms) for one record. */
function recordTerms(
  record: SearchRecord,
  formBit: (stem: string, form: string) => number,
): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [field, text] of fieldsOf(record)) {
    for (const { stem, form } of analyze(text)) {
      const prev = terms.get(stem) ?? 0;
      const best = Math.max(prev & 3, field);
      terms.set(stem, (((prev >>> 2) | formBit(stem, form)) << 2) | best);
    }
  }
  return terms;
}

/** Inverts records already in id order. */
export function invertRecords(records: SearchRecord[]): Map<string, Posting> {
  const postings = new Map<string, Posting>();
  const entry = (stem: string) => {
    let p = postings.get(stem);
    if (!p) postings.set(stem, (p = { forms: new Map(), docs: [], packed: [] }));
    return p;
  };
  const formBit = (stem: string, form: string) => {
    const forms = entry(stem).forms;
    if (!forms.has(form) && forms.size < MAX_TRACKED_FORMS) forms.set(form, 1 << forms.size);
    return forms.get(form) ?? 0;
  };
  records.forEach((record, doc) => {
    for (const [stem, packed] of recordTerms(record, formBit)) {
      const p = entry(stem);
      p.docs.push(doc);
      p.packed.push(packed);
    }
  });
  return postings;
}

/** A stem's entry in a term file: its forms, then delta-coded ids each followed by its packed flags. */
export function encodePosting(p: Posting): [string, string] {
  const values: number[] = [];
  let last = 0;
  p.docs.forEach((doc, i) => {
    values.push(doc - last, p.packed[i]!);
    last = doc;
  });
  return [[...p.forms.keys()].join(' '), encodeVarints(values)];
}
