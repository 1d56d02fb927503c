import { only, readers, same, type RouteCase } from './kit.ts';

/** Complaint clusters (issue #11 item 7): national reach sees and raises them; a case's trend follows the case. */
export const clustersRouteCases: RouteCase[] = [
  {
    route: 'GET /api/complaint-clusters',
    call: async () => ({ method: 'GET', url: '/api/complaint-clusters' }),
    expected: same(only({ admin: 200, delivery_unit: 200 }, 403)),
  },
  {
    // Only the delivery unit opens directives with national reach; here it finds no cluster to raise.
    route: 'POST /api/complaint-clusters/raise',
    call: async () => ({
      method: 'POST',
      url: '/api/complaint-clusters/raise',
      payload: { districtCode: '5001', categoryCode: 'roads', month: '2026-01' },
    }),
    expected: same(only({ delivery_unit: 404 }, 403)),
  },
  {
    route: 'GET /api/cases/{id}/complaint-trend',
    call: async (ctx) => {
      const { caseId } = await ctx.f.directive({ to: ['PH-50'] });
      await ctx.t.db.query(`update cases set area_code = '50', category = 'roads' where id = $1`, [caseId]);
      return { method: 'GET', url: `/api/cases/${caseId}/complaint-trend` };
    },
    expected: readers(200),
  },
];
