import type { leagueTh } from '../league.ts';

/** The English words of `../league.ts`, in their own module so the Thai first load does not carry them. */
export const leagueEn: typeof leagueTh = {
  nav: 'League tables',
  title: 'League tables',
  lead: 'Provinces, ministries and units ranked by fair measures: adjusted for the number of cases, so an office with a handful of cases cannot top the table on luck, and with complaints the citizen reopened counted against the office.',
  levelNav: 'What is ranked',
  levels: { province: 'Provinces', ministry: 'Ministries', unit: 'Units' },
  fiscalYear: 'Fiscal year',
  fiscalYearOption: (year: number) => `Fiscal year ${year} BE`,
  rankBy: 'Rank by',
  rankings: {
    resolution: 'Complaints resolved',
    acknowledgement: 'Complaints acknowledged on time',
    directiveAcknowledgement: 'Directives and policies acknowledged on time',
    peopleHelped: 'People helped',
  },
  show: 'Show',
  asOf: (when: string) => `Figures as of ${when}`,
  period: (year: number) => `Complaints received in fiscal year ${year} BE (1 Oct ${year - 1} – 30 Sep ${year} BE)`,
  staffOnly: 'Directive acknowledgement and people helped are shown to signed-in staff only.',
  rankedCaption: (level: string, year: number, by: string) => `${level} ranked by ${by.toLowerCase()}, fiscal year ${year} BE`,
  notRankedTitle: 'Not ranked: too few cases',
  notRankedLead: (minimum: number) =>
    `These received fewer complaints than the threshold (fewer than ${minimum}, or no figures on the chosen measure), so they are listed but not ranked: a rate from a few cases says little about how well an office works.`,
  notRankedCaption: (level: string) => `${level} not ranked`,
  noneRanked: 'Nothing has enough cases to be ranked yet.',
  columns: {
    rank: 'Rank',
    name: 'Name',
    received: 'Received',
    resolutionRate: 'Resolved',
    score: 'Volume-adjusted score',
    acknowledgement: 'Acknowledged on time',
    reopened: 'Reopened by citizens',
    directiveAcknowledgement: 'Directives acknowledged on time',
    peopleHelped: 'People helped',
  },
  adjusted: (value: string) => `adjusted ${value}`,
  none: '—',
  method: {
    title: 'How the score is worked out',
    why: 'A raw rate is unfair: an office that resolved 1 of 1 complaint (100%) would rank above one that resolved 900 of 1,000 (90%). So we rank by the lowest rate we can be 95% sure of (the lower bound of the Wilson score interval). With few cases the uncertainty is large and the score falls well below the raw rate; with many cases the score is close to it.',
    formulaLabel: 'Formula',
    formula: 'score = ( p + z²÷2n − z × √( p(1−p)÷n + z²÷4n² ) ) ÷ ( 1 + z²÷n )',
    where: (z: number) =>
      `where n is the number of complaints received, p is (resolved − reopened by the citizen) ÷ n, and z = ${z} (95% confidence).`,
    ghost:
      'A complaint the office reported fixed but the citizen reopened (a ghost fix, การแก้ปัญหาทิพย์) counts against the office that closed it: it is taken off the resolved count before the score, even if it was later fixed for real.',
    examplesTitle: 'Examples',
    example: (resolved: string, received: string, rate: string, score: string) =>
      `${resolved} of ${received} resolved (${rate}) scores ${score}`,
    ghostExample: (received: string, resolved: string, reopened: string, effective: string, score: string) =>
      `${received} received, ${resolved} reported fixed but ${reopened} reopened by citizens, so ${effective} count as resolved: scores ${score}`,
    minimum: (received: number, directives: number) =>
      `Only those that received at least ${received} complaints in the fiscal year are ranked (acknowledgement: at least ${received} complaints past or within their deadline; directives: at least ${directives} assignments). The others are listed, not ranked.`,
    acknowledgement:
      "Acknowledged on time: the share of complaints the office acknowledged within its service level, of those acknowledged or past the deadline, adjusted by the same formula. Directives and policies are counted the same way, against each case's service level acknowledge hours.",
    people: (units: string) =>
      `People helped: the sum of the latest value in the fiscal year of every indicator that counts people (unit of measure ${units}) and should go up, by the unit that reported it. A province counts the units located in it; a ministry counts every unit under it.`,
  },
};
