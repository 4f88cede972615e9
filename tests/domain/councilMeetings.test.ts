import { describe, expect, it } from 'vitest';
import { meetingState, plannedUntil, sharedNotes } from '../../src/domain/councilMeetings.ts';
import type { Entry } from '../../src/domain/content/graph.ts';
import type { CouncilMeeting } from '../../src/domain/schemas/index.ts';

const planned = (when: { year: number; quarter?: number; month?: number }) =>
  ({ status: 'planned', when }) as unknown as CouncilMeeting;

describe('plannedUntil', () => {
  it('ends a month, a quarter and a year on their last day', () => {
    expect(plannedUntil({ year: 2016, month: 2 })).toBe('2016-02-29');
    expect(plannedUntil({ year: 2017, quarter: 1 })).toBe('2017-03-31');
    expect(plannedUntil({ year: 2018, quarter: 4 })).toBe('2018-12-31');
    expect(plannedUntil({ year: 2018 })).toBe('2018-12-31');
  });
});

describe('meetingState', () => {
  it('calls a planned meeting whose period is over «планировалось», not «запланировано»', () => {
    expect(meetingState(planned({ year: 2017, quarter: 1 }), '2017-04-01')).toBe('wasPlanned');
    expect(meetingState(planned({ year: 2017, quarter: 1 }), '2017-03-31')).toBe('planned');
    expect(
      meetingState(
        { status: 'held', date: '2017-03-01' } as unknown as CouncilMeeting,
        '2030-01-01',
      ),
    ).toBe('held');
  });
});

describe('sharedNotes', () => {
  const meeting = (id: string, annotations: string[]) =>
    ({ id, data: { status: 'planned', annotations } }) as unknown as Entry<CouncilMeeting>;

  it('finds the notes every meeting of the list carries, to say them once', () => {
    const same = 'Сведений о проведении нет.';
    expect(sharedNotes([meeting('a', [same, 'Месяц не указан.']), meeting('b', [same])])).toEqual([
      same,
    ]);
  });

  it('shares nothing in a list of one meeting, or when one meeting lacks the note', () => {
    expect(sharedNotes([meeting('a', ['x'])])).toEqual([]);
    expect(sharedNotes([meeting('a', ['x']), meeting('b', [])])).toEqual([]);
  });
});
