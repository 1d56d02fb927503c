import { all, same, type RouteCase } from './kit.ts';

/**
 * The league table (issue #11 item 5) is public, like the complaint figures it ranks: every role
 * and a caller without a session read it; staff get their reach's directive figures on top.
 */
export const leagueRouteCases: RouteCase[] = [
  {
    route: 'GET /api/statistics/league',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/statistics/league?level=province' }),
    expected: same(all(200)),
  },
];
