// Flat records of each collection, as the open-data downloads publish them. Each row schema is
// the single source of the CSV columns, the JSON records, the JSON Schema and the Data Package.
import { z } from 'zod';
import type { ContentIndex } from '../contentIndex.ts';
import { coverageRows, coverageRowSchema } from '../coverage/rows.ts';
import { meetingWhen } from '../councilMeetings.ts';
import { publishedResultSchema, type PublishedResult } from '../csv/index.ts';
import { improvementRecord, improvementRowSchema } from '../progress/index.ts';
import { resultRow as scoreRow, resultRowSchema as scoreRowSchema } from '../results/index.ts';
import { flattenMeasures } from '../plans/measures.ts';
import { isInForce } from '../plans/editions.ts';
import { sphereSchema, territoryLevels } from '../schemas/index.ts';

const list = (items: string[]) => items.join('; ');

export const territoryRow = z.strictObject({
  id: z.string().describe('Territory id'),
  name: z.string().describe('Official name'),
  level: z.enum(territoryLevels).describe('federal, regional or municipal'),
  parent: z.string().nullable().describe('Id of the enclosing territory'),
});

export const actRow = z.strictObject({
  id: z.string().describe('Act id'),
  title: z.string().describe('Title as written'),
  kind: z.string().describe('Kind of act'),
  issuer: z.string().describe('Issuer'),
  number: z.string().nullable().describe('Number; empty when not stated in the source'),
  date: z.string().nullable().describe('Date (YYYY-MM-DD); empty when not stated in the source'),
  date_as_written: z.string().nullable().describe('Date line as written'),
  in_force_from: z.string().nullable().describe('Date it comes into force'),
  repeals: z.string().describe('Ids of acts it repeals, separated by «; »'),
  replaces: z.string().describe('Ids of acts it replaces, separated by «; »'),
  text_available: z.boolean().describe('Whether the portal holds its text'),
});

export const planRow = z.strictObject({
  id: z.string().describe('Plan id'),
  title: z.string().describe('Title as written'),
  territory: z.string().describe('Territory id'),
  act: z.string().describe('Id of the adopting act'),
  period_from: z.number().int().describe('First year'),
  period_to: z.number().int().describe('Last year'),
  spheres: z.string().describe('Spheres, separated by «; »'),
  in_force: z.boolean().describe('False when a later act repealed or replaced it'),
  measures: z.number().int().describe('Number of measures and sub-items'),
  source_file: z.string().nullable().describe('Path of the original document on the portal'),
});

export const measureRow = z.strictObject({
  plan: z.string().describe('Plan id'),
  territory: z.string().describe('Territory id'),
  anchor: z.string().describe('Anchor of the measure on the plan page'),
  parent_anchor: z.string().nullable().describe('Anchor of the parent item for sub-items'),
  depth: z.number().int().describe('0 for items, 1 for sub-items…'),
  number: z.string().nullable().describe('Number as written; empty when unnumbered'),
  section: z.string().nullable().describe('Heading of the part of the plan'),
  text: z.string().describe('Text as written'),
  form: z.string().nullable().describe('Form of implementation as written'),
  deadline: z.string().nullable().describe('Deadline as written'),
  executors: z.string().describe('Responsible executors, separated by «; »'),
  result: z.string().nullable().describe('Expected result as written'),
});

export const councilMeetingRow = z.strictObject({
  id: z.string().describe('Meeting id'),
  territory: z.string().describe('Territory id'),
  status: z.enum(['planned', 'held']).describe('planned or held'),
  council: z.string().describe('Public council'),
  title: z.string().nullable().describe('Title of the meeting'),
  when: z.string().describe('Date held, or when planned (in words)'),
  plan: z.string().nullable().describe('Plan that schedules it'),
  schedule_as_written: z.string().nullable().describe('Deadline text of the plan'),
  agenda: z.string().describe('Agenda items, separated by « | »'),
  decisions: z.string().nullable().describe('Decisions, separated by « | »'),
});

export const organizationRow = z.strictObject({
  id: z.string().describe('Organization id'),
  name: z.string().describe('Name as registered or published'),
  short_name: z.string().nullable().describe('Short name'),
  sphere: sphereSchema,
  territory: z.string().describe('Territory id'),
  website: z.string().nullable().describe('Website'),
});

/** An optional field of a content schema becomes a nullable column: absent is an empty cell. */
const asColumn = (field: z.ZodType): z.ZodType =>
  field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).nullable() : field;

/** Published results as imported, plus the content id of each row; columns as in the import format. */
export const resultRow = z.strictObject({
  id: z.string().describe('Result id'),
  ...(Object.fromEntries(
    Object.entries(publishedResultSchema.shape).map(([k, v]) => [k, asColumn(v)]),
  ) as {
    [K in keyof typeof publishedResultSchema.shape]: z.ZodType;
  }),
});

/** Every column of a published result, an absent value as null (the CSV's empty cell). */
const resultColumns = (data: PublishedResult) =>
  Object.fromEntries(
    Object.keys(publishedResultSchema.shape).map((k) => [
      k,
      (data as Record<string, unknown>)[k] ?? null,
    ]),
  ) as { [K in keyof typeof publishedResultSchema.shape]-?: PublishedResult[K] | null };

/** The columns of each download: CSV header, JSON records, JSON Schema and Data Package alike. */
export const rowSchemas = {
  territories: territoryRow,
  acts: actRow,
  plans: planRow,
  measures: measureRow,
  'coverage-targets': coverageRowSchema,
  'council-meetings': councilMeetingRow,
  organizations: organizationRow,
  results: resultRow,
  scores: scoreRowSchema,
  'improvement-plans': improvementRowSchema,
} as const;

export type DatasetId = keyof typeof rowSchemas;
type RowBuilders = {
  [K in DatasetId]: (site: ContentIndex) => z.input<(typeof rowSchemas)[K]>[];
};

/**
 * Each dataset's rows from the content index. Typed against rowSchemas, so a builder whose rows
 * miss a column or give it another type does not compile.
 */
export const rowBuilders = {
  territories: (site: ContentIndex) =>
    site.graph.territories.map(({ id, data }) => ({
      id,
      name: data.name,
      level: data.level,
      parent: data.parent ?? null,
    })),
  acts: (site: ContentIndex) =>
    site.graph.acts.map(({ id, data }) => ({
      id,
      title: data.title,
      kind: data.kind,
      issuer: data.issuer,
      number: data.number,
      date: data.date,
      date_as_written: data.dateAsWritten ?? null,
      in_force_from: data.inForceFrom ?? null,
      repeals: list(data.repeals),
      replaces: list(data.replaces),
      text_available: data.textAvailable,
    })),
  plans: (site: ContentIndex) =>
    site.graph.plans.map(({ id, data }) => ({
      id,
      title: data.title,
      territory: data.territory,
      act: data.act,
      period_from: data.period.from,
      period_to: data.period.to,
      spheres: list(data.spheres),
      in_force: isInForce(data, site),
      measures: flattenMeasures(data).length,
      source_file: data.source.file ?? null,
    })),
  measures: (site: ContentIndex) =>
    site.graph.plans.flatMap(({ id, data }) =>
      flattenMeasures(data).map(({ measure, anchor, parentAnchor, depth }) => ({
        plan: id,
        territory: data.territory,
        anchor,
        parent_anchor: parentAnchor,
        depth,
        number: measure.number,
        section: measure.section ?? null,
        text: measure.text,
        form: measure.form ?? null,
        deadline: measure.deadline ?? null,
        executors: list(measure.executors),
        result: measure.result ?? null,
      })),
    ),
  'coverage-targets': (site: ContentIndex) =>
    site.graph.coverageTargets.flatMap((t) => coverageRows(t.data)),
  'council-meetings': (site: ContentIndex) =>
    site.graph.councilMeetings.map(({ id, data }) => ({
      id,
      territory: data.territory,
      status: data.status,
      council: data.council,
      title: data.title ?? null,
      when: meetingWhen(data),
      plan: data.plan ?? null,
      schedule_as_written: data.status === 'planned' ? data.scheduleAsWritten : null,
      agenda: data.agenda.map((a) => a.text).join(' | '),
      decisions: data.status === 'held' ? data.decisions.join(' | ') : null,
    })),
  organizations: (site: ContentIndex) =>
    site.graph.organizations.map(({ id, data }) => ({
      id,
      name: data.name,
      short_name: data.shortName ?? null,
      sphere: data.sphere,
      territory: data.territory,
      website: data.website ?? null,
    })),
  results: (site: ContentIndex) =>
    site.graph.results.map(({ id, data }) => ({ id, ...resultColumns(data) })),
  scores: (site: ContentIndex) =>
    [...site.resultViews.values()].flat().map((r) => scoreRow(r, site)),
  'improvement-plans': (site: ContentIndex) =>
    site.graph.organizations
      .flatMap((o) => (site.improvementRows.get(o.id) ?? []).flat())
      .map(improvementRecord),
} satisfies RowBuilders;
