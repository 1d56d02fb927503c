import { complaintStatisticsFoldedAt, listLeagueComplaintFigures, listLeagueUnitNames } from '../../db/queries/leagueQueries.ts';
import { listDirectiveAcknowledgement, listPeopleHelped } from '../../db/queries/leagueDeliveryQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { effectiveResolved, WILSON_CONFIDENCE, WILSON_Z, wilsonLowerBound } from '../../domain/league/adjustForVolume.ts';
import { fiscalYearOf, fiscalYearSpan } from '../../domain/league/fiscalYear.ts';
import { MIN_ACK_DECIDED, MIN_DIRECTIVE_DECIDED, MIN_RECEIVED, PEOPLE_UNITS } from '../../domain/league/leagueRules.ts';
import { rankLeague, type LeagueFigures, type ScoredEntry } from '../../domain/league/rankLeague.ts';
import { readScope, scopePathPrefix } from '../../domain/policies/readScope.ts';
import type { Actor } from '../../domain/roles.ts';
import { staffOnlyRankings, type LeagueLevel, type LeagueRanking } from '../../shared/league.ts';
import type { PublicContext } from '../context.ts';

export interface LeagueTableInput {
  level: LeagueLevel;
  /** Buddhist era; default the fiscal year now falls in. */
  fiscalYear?: number;
  rankBy?: LeagueRanking;
}

export interface LeagueBody extends ScoredEntry {
  code: string;
  nameTh: string;
  nameEn: string | null;
}

/** A worked example for the page, computed by the same functions as the table. */
export interface WorkedExample {
  received: number;
  resolved: number;
  reopened: number;
  rate: number;
  score: number;
}

export interface LeagueTableResult {
  level: LeagueLevel;
  rankBy: LeagueRanking;
  fiscalYear: number;
  fromMonth: string;
  toMonth: string;
  asOf: Date | null;
  staffFigures: boolean;
  method: {
    confidence: number;
    z: number;
    minimumReceived: number;
    minimumAcknowledgementDecided: number;
    minimumDirectiveDecided: number;
    peopleUnits: string[];
    examples: WorkedExample[];
  };
  ranked: LeagueBody[];
  notRanked: LeagueBody[];
}

/** 1 of 1 (the single-fix council), 900 of 1,000, and 40 received with 36 "fixed" of which 4 were reopened. */
const EXAMPLES = [
  { received: 1, resolved: 1, reopened: 0 },
  { received: 1000, resolved: 900, reopened: 0 },
  { received: 40, resolved: 36, reopened: 4 },
];

/**
 * A league table of provinces, ministries or handling units for a fiscal year, ranked by a
 * volume-adjusted measure (issue #11 item 5). Complaint figures are public (the 1111 headline
 * is published), so anyone may read them, from the aggregates only. Directive acknowledgement and
 * people helped come from directive work and indicators, which are staff data: a caller without a
 * session gets neither (asking to rank by them is `unauthenticated`), and staff without national
 * reach get them for the units in their subtree only, so a province's figure is what they may read.
 */
export async function readLeagueTable(ctx: PublicContext & { actor: Actor | null }, input: LeagueTableInput): Promise<LeagueTableResult> {
  const rankBy = input.rankBy ?? 'resolution';
  const staff = ctx.actor !== null;
  if (!staff && staffOnlyRankings.includes(rankBy)) throw new AppError('unauthenticated');
  const now = ctx.clock.now();
  const fiscalYear = input.fiscalYear ?? fiscalYearOf(now);
  const span = fiscalYearSpan(fiscalYear);
  const level = input.level;
  const complaints = await listLeagueComplaintFigures(ctx.db, { level, fromMonth: span.fromMonth, toMonth: span.toMonth });
  const prefix = ctx.actor ? scopePathPrefix(readScope(ctx.actor)) : null;
  const [directives, people] = staff
    ? await Promise.all([
        listDirectiveAcknowledgement(ctx.db, { level, start: span.start, end: span.end, now, unitPathPrefix: prefix }),
        listPeopleHelped(ctx.db, {
          level,
          fromMonth: span.fromMonth,
          toMonth: span.toMonth,
          peopleUnits: PEOPLE_UNITS,
          unitPathPrefix: prefix,
        }),
      ])
    : [[], []];

  const names = new Map(complaints.map((row) => [row.key, { code: row.code, nameTh: row.name_th, nameEn: row.name_en }]));
  const figures = new Map<string, LeagueFigures>(
    complaints.map((row) => [
      row.key,
      {
        key: row.key,
        received: row.received,
        resolved: row.resolved,
        reopened: row.reopened,
        ackDecided: row.ack_decided,
        ackOnTime: row.ack_on_time,
        directiveDecided: staff ? 0 : null,
        directiveOnTime: staff ? 0 : null,
        peopleHelped: staff ? 0 : null,
      },
    ]),
  );
  const entry = (key: string): LeagueFigures | undefined => {
    let found = figures.get(key);
    // Provinces and ministries are all listed already; a unit with directives but no complaints joins here.
    if (!found && level === 'unit') {
      found = {
        key,
        received: 0,
        resolved: 0,
        reopened: 0,
        ackDecided: 0,
        ackOnTime: 0,
        directiveDecided: 0,
        directiveOnTime: 0,
        peopleHelped: 0,
      };
      figures.set(key, found);
    }
    return found;
  };
  for (const row of directives) {
    const found = entry(row.key);
    if (found) Object.assign(found, { directiveDecided: row.decided, directiveOnTime: row.on_time });
  }
  for (const row of people) {
    const found = entry(row.key);
    if (found) found.peopleHelped = row.people;
  }
  const unnamed = [...figures.keys()].filter((key) => !names.has(key));
  for (const unit of await listLeagueUnitNames(ctx.db, unnamed)) {
    names.set(unit.id, { code: unit.code, nameTh: unit.name_th, nameEn: unit.name_en });
  }

  const nameOf = (key: string) => names.get(key)?.nameTh ?? key;
  const { ranked, notRanked } = rankLeague([...figures.values()], rankBy, nameOf);
  const named = (scored: ScoredEntry): LeagueBody => ({
    ...scored,
    ...(names.get(scored.key) ?? { code: scored.key, nameTh: scored.key, nameEn: null }),
  });
  return {
    level,
    rankBy,
    fiscalYear,
    fromMonth: span.fromMonth,
    toMonth: span.toMonth,
    asOf: await complaintStatisticsFoldedAt(ctx.db),
    staffFigures: staff,
    method: {
      confidence: WILSON_CONFIDENCE,
      z: WILSON_Z,
      minimumReceived: MIN_RECEIVED,
      minimumAcknowledgementDecided: MIN_ACK_DECIDED,
      minimumDirectiveDecided: MIN_DIRECTIVE_DECIDED,
      peopleUnits: [...PEOPLE_UNITS],
      examples: EXAMPLES.map((example) => {
        const effective = effectiveResolved(example.resolved, example.reopened);
        return { ...example, rate: example.resolved / example.received, score: wilsonLowerBound(effective, example.received)! };
      }),
    },
    ranked: ranked.map(named),
    notRanked: notRanked.map(named),
  };
}
