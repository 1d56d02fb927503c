import { defineIndicator } from '../../src/commands/reports/defineIndicator.ts';
import { recordDecision } from '../../src/commands/reports/recordDecision.ts';
import { uploadFile } from '../support/files.ts';
import { all, assigneeCreated, chiangMaiOwnedCase, only, readers, same, sharedCase, type Ctx, type RouteCase } from './kit.ts';

/** An outcome indicator on the case, defined by the delivery unit. */
async function withIndicator(ctx: Ctx, caseId: string): Promise<string> {
  const actor = await ctx.f.actorOf('PMDU', 'delivery_unit');
  const indicator = await defineIndicator({ db: ctx.t.db, clock: ctx.t.clock, actor }, caseId, {
    nameTh: 'จำนวนผู้ได้รับการดูแล',
    nameEn: null,
    unitOfMeasure: 'คน',
    direction: 'up',
    kind: 'goal',
    baseline: 0,
    target: 100,
    targetDate: null,
    aggregation: 'sum',
    trajectory: [{ period: '2026-12', value: 10 }],
  });
  return indicator.id;
}

/** A directive to Chiang Mai's hall only: Lampang cannot read it. */
async function chiangMaiOnly(ctx: Ctx) {
  const { caseId, assignmentIds } = await ctx.f.directive({ to: ['PH-50'] });
  return { caseId, assignmentId: assignmentIds['PH-50']! };
}

const indicatorBody = {
  nameTh: 'จำนวนศูนย์ที่เปิดบริการ',
  unitOfMeasure: 'แห่ง',
  direction: 'up',
  kind: 'progress',
  baseline: 0,
  target: 10,
  aggregation: 'sum',
  trajectory: [{ period: '2026-12', value: 2 }],
};

const ownerSide = {
  inside: only({ delivery_unit: 201, coordinator: 201 }, 403),
  outside: only({ delivery_unit: 201 }, 403),
};

/** The reports routes' cells of the authorization matrix. */
export const reportsRouteCases: RouteCase[] = [
  {
    route: 'POST /api/assignments/{id}/reports',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/reports`,
      payload: {
        aim: 'ก',
        approach: 'ข',
        workingEvidence: 'ค',
        changes: 'ง',
        centreHelp: '',
        rag: 'amber',
        confidence: 'amber_green',
        helpNeeded: true,
      },
    }),
    expected: { inside: only(assigneeCreated, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/measurements',
    call: async (ctx) => {
      const { caseId, assignmentId } = await sharedCase(ctx, 'acknowledged');
      const indicatorId = await withIndicator(ctx, caseId);
      return {
        method: 'POST',
        url: `/api/assignments/${assignmentId}/measurements`,
        payload: { indicatorId, period: '2026-12', value: 3 },
      };
    },
    expected: { inside: only(assigneeCreated, 403), outside: all(403) },
  },
  {
    route: 'POST /api/cases/{id}/indicators',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/indicators`,
      payload: indicatorBody,
    }),
    expected: ownerSide,
  },
  {
    route: 'PATCH /api/cases/{id}/report-cycle',
    call: async (ctx) => ({
      method: 'PATCH',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/report-cycle`,
      payload: { cycleMonths: 3 },
    }),
    expected: { inside: only({ delivery_unit: 200, coordinator: 200 }, 403), outside: only({ delivery_unit: 200 }, 403) },
  },
  {
    route: 'GET /api/cases/{id}/delivery',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await chiangMaiOnly(ctx)).caseId}/delivery` }),
    expected: readers(200),
  },
  {
    route: 'GET /api/delivery/overview',
    call: async () => ({ method: 'GET', url: '/api/delivery/overview' }),
    expected: same(only({ admin: 200, delivery_unit: 200 }, 403)),
  },
  {
    route: 'GET /api/cases/{id}/measurement-template',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await chiangMaiOnly(ctx)).caseId}/measurement-template?format=csv` }),
    expected: readers(200),
  },
  {
    route: 'POST /api/cases/{id}/measurement-imports',
    call: async (ctx) => {
      const { caseId } = await chiangMaiOnly(ctx);
      const indicatorId = await withIndicator(ctx, caseId);
      return { method: 'POST', url: `/api/cases/${caseId}/measurement-imports`, payload: indicatorId };
    },
    send: async (_ctx, client, call) =>
      (
        await uploadFile(client, call.url, {
          name: 'values.csv',
          data: `unit_code,indicator_id,period,value\nPH-50,${String(call.payload)},2026-12,7\n`,
        })
      ).status,
    expected: {
      inside: only({ delivery_unit: 201, coordinator: 201, officer: 201 }, 403),
      outside: { ...all(404), admin: 403, delivery_unit: 201 },
    },
  },
  {
    route: 'POST /api/cases/{id}/decisions',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/decisions`,
      payload: { text: 'เร่งรัดการดำเนินการ' },
    }),
    expected: ownerSide,
  },
  {
    route: 'POST /api/decisions/{id}/follow-up',
    call: async (ctx) => {
      const { caseId } = await chiangMaiOwnedCase(ctx);
      const actor = await ctx.f.actorOf('PH-50');
      const { decisionId } = await recordDecision({ db: ctx.t.db, clock: ctx.t.clock, actor }, caseId, { text: 'ติดตามผลในอำเภอ' });
      return { method: 'POST', url: `/api/decisions/${decisionId}/follow-up`, payload: { title: 'ข้อสั่งการติดตาม', unitCodes: ['DO-5001'] } };
    },
    expected: ownerSide,
  },
  {
    route: 'GET /api/stocktake',
    call: async (ctx) => ({ method: 'GET', url: `/api/stocktake?caseIds=${(await chiangMaiOnly(ctx)).caseId}&format=xlsx` }),
    expected: readers(200),
  },
];
