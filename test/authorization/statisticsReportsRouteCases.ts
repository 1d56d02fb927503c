import { all, only, same, type RouteCase } from './kit.ts';

/**
 * The complaint reports' cells of the authorization matrix: the monthly report (public aggregates)
 * for every signed-in role, the annual one (the whole government's delivery picture) for national
 * roles only. The workbook stands for both formats: the same route prints the PDF.
 */
export const statisticsReportsRouteCases: RouteCase[] = [
  {
    route: 'GET /api/reports/complaints/monthly.{format}',
    call: async (ctx) => {
      const month = new Date(ctx.t.clock.now().getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
      return { method: 'GET', url: `/api/reports/complaints/monthly.xlsx?month=${month}&scope=p:50` };
    },
    expected: same(all(200)),
  },
  {
    route: 'GET /api/reports/annual.{format}',
    call: async () => ({ method: 'GET', url: '/api/reports/annual.xlsx?fiscalYear=2569' }),
    expected: same(only({ admin: 200, delivery_unit: 200 }, 403)),
  },
];
