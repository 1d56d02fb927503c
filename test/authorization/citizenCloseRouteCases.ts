import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import { only, type Ctx, type RouteCase } from './kit.ts';

/** A public complaint about Chiang Mai province: its lead is the provincial hall (PH-50, the "inside" unit). */
async function chiangMaiComplaint(ctx: Ctx) {
  return createComplaint(
    { db: ctx.t.db, clock: ctx.t.clock, actor: null },
    {
      channel: 'web',
      categoryCode: 'roads',
      description: `ถนนชำรุดเป็นหลุมบ่อ ${Math.random().toString(36).slice(2, 8)}`,
      areaCode: '50',
      location: null,
      complainant: { email: 'citizen@example.com' },
      skipDuplicateCheck: true,
    },
  );
}

/**
 * Issue 13, finding 2: writing to the citizen is for the unit handling the complaint (officers,
 * coordinators and operators of PH-50); other roles there may not; outsiders do not see it, except
 * the national roles, who read every case and are refused.
 */
export const citizenCloseRouteCases: RouteCase[] = [
  {
    route: 'POST /api/complaints/{id}/public-reply',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/complaints/${(await chiangMaiComplaint(ctx)).caseId}/public-reply`,
      payload: { message: 'หน่วยงานส่งช่างไปตรวจสอบแล้ว' },
    }),
    expected: {
      inside: only({ officer: 201, coordinator: 201, operator: 201 }, 403),
      outside: only({ admin: 403, delivery_unit: 403 }, 404),
    },
  },
];
