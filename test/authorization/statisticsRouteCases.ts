import { all, same, type RouteCase } from './kit.ts';

/** Complaint statistics (issue 11): aggregates without personal data, public to everyone. */
export const statisticsRouteCases: RouteCase[] = [
  {
    route: 'GET /api/statistics/complaints',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/statistics/complaints?scope=p:50&fiscalYear=2569' }),
    expected: same(all(200)),
  },
];
