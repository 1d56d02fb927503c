import { effectiveResolved, rateOf, wilsonLowerBound } from './adjustForVolume.ts';
import type { LeagueRanking } from '../../shared/league.ts';
import { MIN_ACK_DECIDED, MIN_DIRECTIVE_DECIDED, MIN_RECEIVED } from './leagueRules.ts';

/** One province's, ministry's or unit's figures for the fiscal year, as counted. */
export interface LeagueFigures {
  key: string;
  received: number;
  resolved: number;
  reopened: number;
  ackDecided: number;
  ackOnTime: number;
  /** Directive and policy assignments whose acknowledgement is decided; null when the viewer may not see them. */
  directiveDecided: number | null;
  directiveOnTime: number | null;
  /** Sum of the latest people-counting measurements; null when hidden, 0 when none. */
  peopleHelped: number | null;
}

export interface ScoredEntry extends LeagueFigures {
  effectiveResolved: number;
  resolutionRate: number | null;
  /** Wilson lower bound of effective resolved ÷ received. */
  resolutionScore: number | null;
  ackRate: number | null;
  ackScore: number | null;
  directiveRate: number | null;
  directiveScore: number | null;
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4). Null when not ranked. */
  rank: number | null;
}

/** Scores every entry and ranks those with enough cases on `measure`; the rest are listed, not ranked. */
export function rankLeague(
  entries: readonly LeagueFigures[],
  measure: LeagueRanking,
  nameOf: (key: string) => string,
): { ranked: ScoredEntry[]; notRanked: ScoredEntry[] } {
  const scored = entries.map(score);
  const value = (entry: ScoredEntry): number | null => {
    switch (measure) {
      case 'resolution':
        return entry.received >= MIN_RECEIVED ? entry.resolutionScore : null;
      case 'acknowledgement':
        return entry.ackDecided >= MIN_ACK_DECIDED ? entry.ackScore : null;
      case 'directiveAcknowledgement':
        return (entry.directiveDecided ?? 0) >= MIN_DIRECTIVE_DECIDED ? entry.directiveScore : null;
      case 'peopleHelped':
        return entry.peopleHelped !== null && entry.peopleHelped > 0 ? entry.peopleHelped : null;
    }
  };
  const byName = (a: ScoredEntry, b: ScoredEntry) => nameOf(a.key).localeCompare(nameOf(b.key), 'th');
  const eligible = scored.filter((entry) => value(entry) !== null);
  eligible.sort((a, b) => value(b)! - value(a)! || b.received - a.received || byName(a, b));
  let previous: number | null = null;
  eligible.forEach((entry, index) => {
    const v = value(entry)!;
    entry.rank = previous !== null && v === previous ? eligible[index - 1]!.rank : index + 1;
    previous = v;
  });
  const notRanked = scored.filter((entry) => value(entry) === null);
  notRanked.sort((a, b) => b.received - a.received || byName(a, b));
  return { ranked: eligible, notRanked };
}

function score(figures: LeagueFigures): ScoredEntry {
  const effective = effectiveResolved(figures.resolved, figures.reopened);
  const directiveDecided = figures.directiveDecided ?? 0;
  const directiveOnTime = figures.directiveOnTime ?? 0;
  const hidden = figures.directiveDecided === null;
  return {
    ...figures,
    effectiveResolved: effective,
    resolutionRate: rateOf(figures.resolved, figures.received),
    resolutionScore: wilsonLowerBound(effective, figures.received),
    ackRate: rateOf(figures.ackOnTime, figures.ackDecided),
    ackScore: wilsonLowerBound(figures.ackOnTime, figures.ackDecided),
    directiveRate: hidden ? null : rateOf(directiveOnTime, directiveDecided),
    directiveScore: hidden ? null : wilsonLowerBound(directiveOnTime, directiveDecided),
    rank: null,
  };
}
