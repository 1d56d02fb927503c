import { uploadFile } from '../support/files.ts';
import { all, chiangMaiOwnedCase, only, readers, type Ctx, type RouteCase } from './kit.ts';

/** A directive to Chiang Mai's hall only: Lampang cannot read it. */
async function chiangMaiOnly(ctx: Ctx) {
  return (await ctx.f.directive({ to: ['PH-50'] })).caseId;
}

/** The budget routes' cells of the authorization matrix: whoever reads the case reads its budget; the owner side imports it. */
export const budgetRouteCases: RouteCase[] = [
  {
    route: 'GET /api/cases/{id}/budget',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${await chiangMaiOnly(ctx)}/budget` }),
    expected: readers(200),
  },
  {
    route: 'GET /api/cases/{id}/budget/template',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${await chiangMaiOnly(ctx)}/budget/template?format=csv` }),
    expected: readers(200),
  },
  {
    route: 'POST /api/cases/{id}/budget/import',
    call: async (ctx) => ({ method: 'POST', url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/budget/import?fiscalYear=2570` }),
    send: async (_ctx, client, call) =>
      (await uploadFile(client, call.url, { name: 'budget.csv', data: 'รหัสจังหวัด,งบจัดสรร (บาท)\n50,"1,000.00"\n' })).status,
    expected: {
      inside: only({ delivery_unit: 201, coordinator: 201 }, 403),
      outside: { ...all(403), delivery_unit: 201 },
    },
  },
];
