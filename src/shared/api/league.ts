import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, literals } from './common.ts';
import { leagueLevels, leagueRankings } from '../league.ts';
import { Month } from './statistics.ts';

export { leagueLevels, leagueRankings, type LeagueLevel, type LeagueRanking } from '../league.ts';

export const LeagueQuery = Type.Object(
  {
    level: literals(leagueLevels),
    fiscalYear: Type.Optional(Type.Integer({ minimum: 2540, maximum: 2700, description: 'Buddhist era; default the current one' })),
    rankBy: Type.Optional(literals(leagueRankings, { description: 'Default resolution' })),
  },
  { additionalProperties: false },
);
export type LeagueQuery = Static<typeof LeagueQuery>;

/** A share with the volume it came from and its volume-adjusted score (Wilson lower bound, 95%). */
export const AdjustedShare = Type.Object({
  successes: Type.Integer(),
  trials: Type.Integer(),
  /** successes ÷ trials, 0–1; null with no trials. */
  rate: Nullable(Type.Number()),
  /** The lowest rate 95% sure, 0–1; null with no trials. */
  score: Nullable(Type.Number()),
});
export type AdjustedShare = Static<typeof AdjustedShare>;

export const LeagueEntry = Type.Object({
  /** 1 for the best; equal scores share a rank. Null in the not-ranked list. */
  rank: Nullable(Type.Integer()),
  /** The province code, or the unit's code. */
  code: Type.String(),
  nameTh: Type.String(),
  nameEn: Nullable(Type.String()),
  received: Type.Integer(),
  resolved: Type.Integer(),
  /** Complaints the citizen reopened (ghost fixes), counted against this body. */
  reopened: Type.Integer(),
  /** resolved − reopened, floored at 0: what the score is computed on. */
  resolution: AdjustedShare,
  /** Complaints acknowledged by their deadline, of those acknowledged or past it. */
  acknowledgement: AdjustedShare,
  /** Directive and policy assignments acknowledged within their service level; null for the public. */
  directiveAcknowledgement: Nullable(AdjustedShare),
  /** The sum of the latest people-counting measurements of the fiscal year; null for the public. */
  peopleHelped: Nullable(Type.Number()),
});
export type LeagueEntry = Static<typeof LeagueEntry>;

const WorkedExample = Type.Object({
  received: Type.Integer(),
  resolved: Type.Integer(),
  reopened: Type.Integer(),
  rate: Type.Number(),
  score: Type.Number(),
});

/** What the page states about how the table was made, from the very values the server used. */
export const LeagueMethod = Type.Object({
  confidence: Type.Number(),
  z: Type.Number(),
  minimumReceived: Type.Integer(),
  minimumAcknowledgementDecided: Type.Integer(),
  minimumDirectiveDecided: Type.Integer(),
  /** Units of measure that count people (lower case). */
  peopleUnits: Type.Array(Type.String()),
  /** A small, perfect record against a large, good one; and a ghost fix. */
  examples: Type.Array(WorkedExample),
});
export type LeagueMethod = Static<typeof LeagueMethod>;

export const LeagueTable = Type.Object({
  level: literals(leagueLevels),
  rankBy: literals(leagueRankings),
  fiscalYear: Type.Integer(),
  period: Type.Object({ from: Month, to: Month }),
  /** When the complaint aggregates were last brought up to date. */
  asOf: Nullable(IsoDateTime),
  /** Whether the staff-only figures (directives, people helped) are included. */
  staffFigures: Type.Boolean(),
  method: LeagueMethod,
  ranked: Type.Array(LeagueEntry),
  /** Too few cases to rank fairly (or none reported on the measure): listed, most complaints first. */
  notRanked: Type.Array(LeagueEntry),
});
export type LeagueTable = Static<typeof LeagueTable>;
