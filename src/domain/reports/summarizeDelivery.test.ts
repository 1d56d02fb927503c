import { describe, expect, it } from 'vitest';
import { summarizeDelivery, type UnitStanding } from './summarizeDelivery.ts';

const assignedAt = new Date('2026-11-01T02:00:00Z');
const now = new Date('2026-12-10T02:00:00Z');
const report = (at: string, rag: 'green' | 'amber' | 'red', helpNeeded = false) =>
  ({ at: new Date(at), rag, confidence: rag === 'green' ? 'amber_green' : 'amber_red', helpNeeded }) as const;

describe('the delivery summary of a case', () => {
  it('counts reach, the worst rating, stale units and calls for help', () => {
    const units: UnitStanding[] = [
      // Green a long time ago: stale whatever it said.
      {
        assignedAt,
        acknowledgedAt: assignedAt,
        returned: false,
        finished: false,
        lastReport: report('2026-11-05T02:00:00Z', 'green'),
        lastNoteAt: null,
      },
      {
        assignedAt,
        acknowledgedAt: assignedAt,
        returned: false,
        finished: false,
        lastReport: report('2026-12-01T02:00:00Z', 'amber', true),
        lastNoteAt: null,
      },
      // Never acknowledged, never reported, assigned over a month ago: stale.
      { assignedAt, acknowledgedAt: null, returned: false, finished: false, lastReport: null, lastNoteAt: null },
      // Returned: not counted at all.
      { assignedAt, acknowledgedAt: null, returned: true, finished: false, lastReport: null, lastNoteAt: null },
    ];
    expect(summarizeDelivery(units, { cycleMonths: 1, now })).toEqual({
      assigned: 3,
      acknowledged: 2,
      reachPercent: 66,
      rag: 'amber',
      confidence: 'amber_red',
      stale: 2,
      helpNeeded: 1,
      reported: 2,
    });
    expect(summarizeDelivery(units, { cycleMonths: 3, now }).stale).toBe(0);
  });

  it('counts a unit that reported by a progress note as reported and not stale, with no rating (issue 13, item 8)', () => {
    const noted: UnitStanding = {
      assignedAt,
      acknowledgedAt: assignedAt,
      returned: false,
      finished: false,
      lastReport: null,
      lastNoteAt: new Date('2026-12-05T02:00:00Z'),
    };
    const silent: UnitStanding = { ...noted, lastNoteAt: null };
    expect(summarizeDelivery([noted, silent], { cycleMonths: 1, now })).toMatchObject({ reported: 1, stale: 1, rag: null });
    // A note newer than an old green report keeps the unit fresh; the rating is still the report's.
    const both: UnitStanding = { ...noted, lastReport: report('2026-10-20T02:00:00Z', 'green') };
    expect(summarizeDelivery([both], { cycleMonths: 1, now })).toMatchObject({ reported: 1, stale: 0, rag: 'green' });
  });

  it('has no rating and no reach when nothing is assigned', () => {
    expect(summarizeDelivery([], { cycleMonths: 1, now })).toMatchObject({ reachPercent: null, rag: null, confidence: null });
  });
});
