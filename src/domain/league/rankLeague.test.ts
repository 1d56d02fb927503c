import { describe, expect, it } from 'vitest';
import { rankLeague, type LeagueFigures } from './rankLeague.ts';

const figures = (key: string, received: number, resolved: number, extra: Partial<LeagueFigures> = {}): LeagueFigures => ({
  key,
  received,
  resolved,
  reopened: 0,
  ackDecided: received,
  ackOnTime: resolved,
  directiveDecided: null,
  directiveOnTime: null,
  peopleHelped: null,
  ...extra,
});

describe('rankLeague', () => {
  it('ranks by the adjusted score and lists units with fewer than 30 complaints without a rank', () => {
    const { ranked, notRanked } = rankLeague(
      [figures('single-fix', 1, 1), figures('big', 1000, 900), figures('middle', 40, 38), figures('small', 29, 29)],
      'resolution',
      (key) => key,
    );
    expect(ranked.map((entry) => [entry.key, entry.rank])).toEqual([
      ['big', 1],
      ['middle', 2],
    ]);
    expect(notRanked.map((entry) => entry.key)).toEqual(['small', 'single-fix']);
    expect(notRanked.every((entry) => entry.rank === null)).toBe(true);
  });

  it('counts a reopened complaint against the unit that closed it', () => {
    const { ranked } = rankLeague([figures('honest', 40, 36), figures('ghost', 40, 38, { reopened: 4 })], 'resolution', (key) => key);
    expect(ranked.map((entry) => entry.key)).toEqual(['honest', 'ghost']);
    const ghost = ranked[1]!;
    expect(ghost.resolutionRate).toBeCloseTo(0.95);
    expect(ghost.effectiveResolved).toBe(34);
    expect(ghost.resolutionScore!).toBeLessThan(ranked[0]!.resolutionScore!);
  });

  it('gives equal scores the same rank and skips the next', () => {
    const { ranked } = rankLeague([figures('a', 50, 40), figures('b', 50, 40), figures('c', 50, 30)], 'resolution', (key) => key);
    expect(ranked.map((entry) => entry.rank)).toEqual([1, 1, 3]);
  });

  it('ranks people helped by the count, and leaves out those who reported none', () => {
    const { ranked, notRanked } = rankLeague(
      [figures('a', 5, 5, { peopleHelped: 120 }), figures('b', 5, 5, { peopleHelped: 800 }), figures('c', 5, 5, { peopleHelped: 0 })],
      'peopleHelped',
      (key) => key,
    );
    expect(ranked.map((entry) => [entry.key, entry.rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(notRanked.map((entry) => entry.key)).toEqual(['c']);
  });

  it('ranks directive acknowledgement from ten decided assignments, and not at all when hidden', () => {
    const { ranked } = rankLeague(
      [figures('a', 0, 0, { directiveDecided: 10, directiveOnTime: 9 }), figures('b', 0, 0, { directiveDecided: 9, directiveOnTime: 9 })],
      'directiveAcknowledgement',
      (key) => key,
    );
    expect(ranked.map((entry) => entry.key)).toEqual(['a']);
    const hidden = rankLeague([figures('a', 40, 40)], 'directiveAcknowledgement', (key) => key);
    expect(hidden.ranked).toEqual([]);
    expect(hidden.notRanked[0]!.directiveScore).toBeNull();
  });
});
