import type { LeagueBody, LeagueTableResult } from '../../commands/statistics/readLeagueTable.ts';
import type { AdjustedShare, LeagueEntry, LeagueTable } from '../../shared/api/league.ts';

const share = (successes: number, trials: number, rate: number | null, score: number | null): AdjustedShare => ({
  successes,
  trials,
  rate,
  score,
});

/** One ranked body; the staff-only figures stay null for the public. */
function presentLeagueEntry(body: LeagueBody, staff: boolean): LeagueEntry {
  return {
    rank: body.rank,
    code: body.code,
    nameTh: body.nameTh,
    nameEn: body.nameEn,
    received: body.received,
    resolved: body.resolved,
    reopened: body.reopened,
    resolution: share(body.effectiveResolved, body.received, body.resolutionRate, body.resolutionScore),
    acknowledgement: share(body.ackOnTime, body.ackDecided, body.ackRate, body.ackScore),
    directiveAcknowledgement:
      staff && body.directiveDecided !== null
        ? share(body.directiveOnTime ?? 0, body.directiveDecided, body.directiveRate, body.directiveScore)
        : null,
    peopleHelped: staff ? body.peopleHelped : null,
  };
}

/** The league table with the method it was made by, so the page states the very numbers used. */
export function presentLeagueTable(result: LeagueTableResult): LeagueTable {
  return {
    level: result.level,
    rankBy: result.rankBy,
    fiscalYear: result.fiscalYear,
    period: { from: result.fromMonth, to: result.toMonth },
    asOf: result.asOf ? result.asOf.toISOString() : null,
    staffFigures: result.staffFigures,
    method: result.method,
    ranked: result.ranked.map((body) => presentLeagueEntry(body, result.staffFigures)),
    notRanked: result.notRanked.map((body) => presentLeagueEntry(body, result.staffFigures)),
  };
}
