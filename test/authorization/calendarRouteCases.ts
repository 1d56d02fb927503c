import { insertPublicHoliday } from '../../src/db/queries/publicHolidayQueries.ts';
import { only, same, type Ctx, type RouteCase } from './kit.ts';

/** A day no holiday holds yet, a new one at each call (the matrix calls every route once per role). */
let next = 0;
const freshDay = () => {
  const at = new Date(Date.UTC(2040, 0, 1) + Math.floor(Math.random() * 3000 + next++ * 3001) * 86_400_000);
  return at.toISOString().slice(0, 10);
};
const holiday = async ({ t }: Ctx) => {
  const day = freshDay();
  await insertPublicHoliday(t.db, { day, nameTh: 'วันหยุดทดสอบ', nameEn: 'Test holiday', now: t.clock.now() });
  return day;
};
const unitId = async ({ t }: Ctx, code: string) =>
  (await t.db.query<{ id: string }>('select id from units where code = $1', [code])).rows[0]!.id;
const figures = {
  acknowledgeWorkingDays: 2,
  resolveWorkingDays: 10,
  longOverdueWorkingDays: 20,
  escalateEveryWorkingDays: 5,
  maxEscalationLevels: 2,
};

/** Issue 16: the public-holiday calendar and the agencies' information-request service levels, kept by administrators only. */
export const calendarRouteCases: RouteCase[] = [
  {
    route: 'GET /api/public-holidays',
    call: async () => ({ method: 'GET', url: '/api/public-holidays?year=2026' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'POST /api/public-holidays',
    call: async () => ({ method: 'POST', url: '/api/public-holidays', payload: { day: freshDay(), nameTh: 'วันหยุด', nameEn: 'Holiday' } }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PUT /api/public-holidays/{day}',
    call: async (ctx) => ({
      method: 'PUT',
      url: `/api/public-holidays/${await holiday(ctx)}`,
      payload: { nameTh: 'วันหยุดพิเศษ', nameEn: 'Special holiday' },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'DELETE /api/public-holidays/{day}',
    call: async (ctx) => ({ method: 'DELETE', url: `/api/public-holidays/${await holiday(ctx)}` }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'GET /api/info-request-service-levels/{unitId}',
    call: async (ctx) => ({ method: 'GET', url: `/api/info-request-service-levels/${await unitId(ctx, 'PH-50')}` }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'PUT /api/info-request-service-levels/{unitId}',
    call: async (ctx) => ({ method: 'PUT', url: `/api/info-request-service-levels/${await unitId(ctx, 'PH-52')}`, payload: figures }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'DELETE /api/info-request-service-levels/{unitId}',
    call: async (ctx) => {
      const id = await unitId(ctx, 'DO-5001');
      await ctx.t.db.query(
        `insert into service_levels (case_kind, unit_id, name_th, name_en, acknowledge_working_days, resolve_working_days,
                                     long_overdue_working_days, escalate_every_working_days, max_escalation_levels)
         values ('info_request', $1, 'ทดสอบ', 'Test', 2, 10, 20, 5, 2)
         on conflict do nothing`,
        [id],
      );
      return { method: 'DELETE', url: `/api/info-request-service-levels/${id}` };
    },
    expected: same(only({ admin: 200 }, 403)),
  },
];
