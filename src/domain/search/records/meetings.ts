import { meetingWhen, meetingYear } from '../../councilMeetings.ts';
import type { SearchRecord } from '../record.ts';
import { details, territoryContext, type RecordBuilder } from './builder.ts';

/** Public council meetings, planned or held, with their agenda and decisions. */
export const meetingRecords: RecordBuilder = (site) =>
  site.graph.councilMeetings.map(({ id, data: meeting }): SearchRecord => {
    const year = meetingYear(meeting);
    const plan = meeting.plan === undefined ? undefined : site.planById.get(meeting.plan)?.data;
    const status = meeting.status === 'held' ? 'проведено' : 'запланировано';
    return {
      kind: 'meeting',
      href: `/territorii/${meeting.territory}/#meeting-${id}`,
      title: `${meeting.title ?? 'Заседание'} (${status}, ${meetingWhen(meeting)})`,
      text: meeting.agenda.map((item) => item.text).join(' '),
      details: details([
        ['Совет', meeting.council],
        ['Решения', meeting.status === 'held' ? meeting.decisions.join(' ') : undefined],
        ['Срок в плане', meeting.status === 'planned' ? meeting.scheduleAsWritten : undefined],
      ]),
      context: territoryContext(site, meeting.territory),
      territory: meeting.territory,
      years: { from: year, to: year },
      spheres: plan?.spheres ?? [],
    };
  });
