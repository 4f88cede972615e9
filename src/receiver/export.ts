// CSV exports of stored answers: one row per questionnaire, and tallies per organization and
// year in the survey input shape of the scoring module (src/domain/scoring/inputs.ts).
import { aggregateAnswers, questionnaire675n } from '../domain/questionnaire/index.ts';
import { scoringSurveyKeys, toScoringSurvey } from '../domain/questionnaire/scoringSurvey.ts';
import { toCsv } from '../domain/opendata/csv.ts';
import type { StoredRow } from './store.ts';

type Cell = string | number;

// Columns are the ids of the act's full numbering, not the numbers a sphere's form shows: one file
// holds every sphere, and in culture and education (no Q5) «Вопрос 16» on screen is q17 here. The
// README («Question numbers») gives the table; a column must mean one question in every row.
const closedQuestionIds = questionnaire675n.questions
  .filter((q) => q.kind !== 'freeText')
  .map((q) => q.id);

/**
 * Free text (Q16) is left out unless asked for: it may hold what a respondent should not have
 * written about themselves, and it is not published as is (152-ФЗ).
 */
export function answersCsv(rows: readonly StoredRow[], withProposals = false): string {
  const columns = [
    'id',
    'organization',
    'questionnaire',
    'sphere',
    'received_on',
    ...closedQuestionIds,
    ...(withProposals ? ['q16'] : []),
  ];
  const records = rows.map((r) => {
    const record: Record<string, Cell> = {
      id: r.id,
      organization: r.organization,
      questionnaire: r.questionnaire,
      sphere: r.sphere,
      received_on: r.receivedOn,
    };
    for (const id of closedQuestionIds) record[id] = r.answers[id] ?? '';
    if (withProposals) record['q16'] = r.proposal ?? '';
    return record;
  });
  return toCsv(records, columns);
}

/** Column names are the scoring quantities, e.g. `standInfoSatisfied.asked`; Q5 is empty where not asked. */
export const countsColumns = [
  'organization',
  'year',
  'sphere',
  'respondents',
  ...scoringSurveyKeys.flatMap((k) => [`${k}.asked`, `${k}.yes`]),
];

export function countsCsv(rows: readonly StoredRow[]): string {
  const records = aggregateAnswers(rows).map((tally) => {
    const record: Record<string, Cell> = {
      organization: tally.organization,
      year: tally.year,
      sphere: tally.sphere,
      respondents: tally.respondents,
    };
    const survey = toScoringSurvey(tally);
    for (const key of scoringSurveyKeys) {
      record[`${key}.asked`] = survey[key]?.asked ?? '';
      record[`${key}.yes`] = survey[key]?.yes ?? '';
    }
    return record;
  });
  return toCsv(records, countsColumns);
}
