/** Which kind of body a league table ranks: provinces, ministries (their whole subtree), or handling units on their own. */
export const leagueLevels = ['province', 'ministry', 'unit'] as const;
export type LeagueLevel = (typeof leagueLevels)[number];

/**
 * What a league table is ranked by: complaints resolved, complaints acknowledged on time, directive
 * and policy assignments acknowledged on time (staff only), or people helped from indicators (staff only).
 */
export const leagueRankings = ['resolution', 'acknowledgement', 'directiveAcknowledgement', 'peopleHelped'] as const;
export type LeagueRanking = (typeof leagueRankings)[number];

/** The rankings only staff may see: directive work and indicators are not public. */
export const staffOnlyRankings: readonly LeagueRanking[] = ['directiveAcknowledgement', 'peopleHelped'];
