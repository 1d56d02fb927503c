import { api, query } from './client.ts';
import type { LeagueLevel, LeagueRanking, LeagueTable } from '../../shared/api/league.ts';

export type { LeagueEntry, LeagueLevel, LeagueRanking, LeagueTable } from '../../shared/api/league.ts';

/** The league table; public, with the staff-only figures when signed in. */
export const getLeagueTable = (params: { level: LeagueLevel; fiscalYear?: number; rankBy?: LeagueRanking }) =>
  api.get<LeagueTable>(`/api/statistics/league${query(params)}`);
