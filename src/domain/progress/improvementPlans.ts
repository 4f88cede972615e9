import type { ContentLookups } from '../content/lookups.ts';
import type { PublishedResult } from '../csv/index.ts';
import type { Entry } from '../content/graph.ts';
import { method344n2018 } from '../scoring/methods/344n-2018.ts';
import type { ImprovementItem, ImprovementPlan, Organization } from '../schemas/index.ts';
import { parseDeadline } from '../deadlines/index.ts';
import { ancestorsOf } from '../territories.ts';
import { dueFromDeadline, dueOn, noDue, type Due } from './due.ts';
import { progressStatus, type ProgressStatus } from './status.ts';
import { tallyProgress, type ProgressTally } from './summary.ts';

/** The five criteria a 457 plan is grouped by, in the method's order and with its names. */
export const improvementCriteria = method344n2018.criteria.map(({ id, name }) => ({ id, name }));
export type ImprovementCriterion = (typeof improvementCriteria)[number];

/** The first day an actual date may fall on: the day of the assessment, or 1 January of its year. */
export function assessmentStart(
  plan: Pick<ImprovementPlan, 'assessedOn'>,
  result: Pick<PublishedResult, 'year'> | undefined,
): string | null {
  if (plan.assessedOn !== undefined) return plan.assessedOn;
  return result?.year === undefined ? null : `${result.year}-01-01`;
}

/**
 * A 457 plan names no period of its own, so a «Плановый срок» that borrows a year («до конца года»,
 * «15 июня», «ежегодно») cannot be read from it and stays without a single day.
 */
const NO_PLAN_YEARS = { periodFrom: null, periodTo: null };

/** What the «Плановый срок» text alone says, read by the same parser as the plans of measures. */
export const dueOfText = (deadlineAsWritten: string): Due =>
  dueFromDeadline(parseDeadline(deadlineAsWritten, NO_PLAN_YEARS));

/**
 * The planned day: the editor's plannedDate, else the day the text names («IV квартал 2020 г.» is
 * due on 31 December 2020). A text that names no single day keeps its words as the reason.
 */
export function dueOfItem(item: Pick<ImprovementItem, 'plannedDate' | 'deadlineAsWritten'>): Due {
  if (item.plannedDate !== undefined) return dueOn(item.plannedDate);
  const text = item.deadlineAsWritten ?? '';
  const due = dueOfText(text);
  return due.kind === 'date' ? due : noDue(`«${text}»`);
}

/** «Иванова А. А., директор» as published. */
export const responsibleText = (r: ImprovementItem['responsible'][number]): string =>
  [r.name, r.position].filter(Boolean).join(', ');

export const itemStatus = (item: ImprovementItem, asOf: Date | string): ProgressStatus =>
  progressStatus({ due: dueOfItem(item), report: item.progress }, asOf);

/** One row of an improvement plan with everything a page or a download shows of it. */
export interface ImprovementRow {
  plan: Entry<ImprovementPlan>;
  organization: Entry<Organization>;
  result: Entry<PublishedResult> | undefined;
  item: ImprovementItem;
  /** Position in the plan, from 1: the row's anchor and citation. */
  number: number;
  criterion: ImprovementCriterion;
  status: ProgressStatus;
}

/** Unique on any page that shows several plans: «<plan id>-punkt-3». */
export const rowAnchor = (row: Pick<ImprovementRow, 'plan' | 'number'>) =>
  `${row.plan.id}-punkt-${row.number}`;

/** The year of the assessment the plan answers, when known. */
export const assessmentYear = (row: Pick<ImprovementRow, 'plan' | 'result'>): number | null =>
  row.plan.data.assessedOn !== undefined
    ? Number(row.plan.data.assessedOn.slice(0, 4))
    : (row.result?.data.year ?? null);

function planRows(
  plan: Entry<ImprovementPlan>,
  index: ContentLookups,
  asOf: Date | string,
): ImprovementRow[] {
  const organization = index.organizationById.get(plan.data.organization);
  if (!organization) return [];
  const result = index.resultsByOrganization
    .get(organization.id)
    ?.find((r) => r.id === plan.data.result);
  return plan.data.items.map((item, i) => ({
    plan,
    organization,
    result,
    item,
    number: i + 1,
    criterion: improvementCriteria.find((c) => c.id === item.criterion)!,
    status: itemStatus(item, asOf),
  }));
}

/** Plans of one organization, the latest assessment first. */
export function organizationPlans(
  organizationId: string,
  index: ContentLookups,
  asOf: Date | string,
): ImprovementRow[][] {
  return (index.improvementPlansByOrganization.get(organizationId) ?? [])
    .map((plan) => planRows(plan, index, asOf))
    .filter((rows) => rows.length > 0)
    .sort(
      (a, b) =>
        (assessmentYear(b[0]!) ?? 0) - (assessmentYear(a[0]!) ?? 0) ||
        a[0]!.plan.id.localeCompare(b[0]!.plan.id),
    );
}

/** organization id → its plans as rows, as of the build's day (the index's `improvementRows`). */
export const improvementRowsOf = (
  index: ContentLookups,
  asOf: string,
): Map<string, ImprovementRow[][]> =>
  new Map(
    [...index.improvementPlansByOrganization.keys()].map((id) => [
      id,
      organizationPlans(id, index, asOf),
    ]),
  );

/** Territories with at least one plan in or below them (the index's `territoriesWithPlans`). */
export function territoriesWithPlansOf(index: ContentLookups): Set<string> {
  const ids = new Set<string>();
  for (const organizationId of index.improvementPlansByOrganization.keys()) {
    const territory = index.organizationById.get(organizationId)?.data.territory;
    if (territory === undefined || ids.has(territory)) continue;
    ids.add(territory);
    for (const a of ancestorsOf(territory, index)) ids.add(a.id);
  }
  return ids;
}

/** The rows of a plan under each of the five criteria; a criterion without rows is kept, so the page can say so. */
export function byCriterion(
  rows: ImprovementRow[],
): { criterion: ImprovementCriterion; rows: ImprovementRow[] }[] {
  return improvementCriteria.map((criterion) => ({
    criterion,
    rows: rows.filter((r) => r.criterion.id === criterion.id),
  }));
}

/** Late rows (planned day passed, no completion reported), the longest overdue first. */
export function lateRows(rows: ImprovementRow[]): ImprovementRow[] {
  return rows
    .filter((r) => r.status.pastDueNotDone)
    .sort(
      (a, b) =>
        (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0) ||
        a.organization.data.name.localeCompare(b.organization.data.name, 'ru') ||
        a.number - b.number,
    );
}

export const tallyRows = (rows: ImprovementRow[]): ProgressTally =>
  tallyProgress(rows.map((r) => r.status));
