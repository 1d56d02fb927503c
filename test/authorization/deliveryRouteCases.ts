import { createCase, type CreateCaseInput } from '../../src/commands/cases/createCase.ts';
import { createGroup } from '../../src/commands/delivery/createGroup.ts';
import { all, only, readers, same, type Ctx, type RouteCase } from './kit.ts';

/** A case of `kind` opened by the delivery unit and sent to Chiang Mai's hall (PH-50). */
async function deliveryCase(ctx: Ctx, kind: CreateCaseInput['kind'], details: (hallId: string) => Record<string, unknown>) {
  const hall = await ctx.f.unit('PH-50');
  const created = await createCase(
    { db: ctx.t.db, clock: ctx.t.clock, actor: await ctx.f.actorOf('PMDU', 'delivery_unit') },
    {
      kind,
      title: 'เรื่องทดสอบสิทธิ์',
      body: '',
      priority: 'normal',
      category: null,
      areaCode: null,
      dueAt: null,
      details: details(hall.id),
      assignments: [{ targets: { unitCodes: ['PH-50'] }, role: 'lead', dueAt: null, note: null }],
    },
  );
  return created.id;
}

const question = (ctx: Ctx) =>
  deliveryCase(ctx, 'parliamentary_question', (hallId) => ({
    askingMember: 'สมาชิกสภาผู้แทนราษฎร',
    answeringUnitId: hallId,
    answerDeadline: '2030-01-15',
  }));

async function group(ctx: Ctx) {
  return createGroup(
    { db: ctx.t.db, clock: ctx.t.clock, actor: await ctx.f.actorOf('PMDU', 'delivery_unit') },
    {
      nameTh: 'กลุ่มทดสอบ',
      nameEn: null,
      goalTh: 'เป้าหมายทดสอบ',
      goalEn: null,
      reportDueOn: null,
      leadUnitCodes: ['MSDHS'],
      memberUnitCodes: [],
    },
  );
}

/** The delivery routes' cells of the authorization matrix. */
export const deliveryRouteCases: RouteCase[] = [
  {
    route: 'GET /api/cases/{id}/reach',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await ctx.f.directive({ to: ['PH-50'] })).caseId}/reach` }),
    expected: readers(200),
  },
  {
    route: 'POST /api/cases/{id}/answer',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${await question(ctx)}/answer`,
      payload: { answer: 'คำตอบกระทู้', answeredOn: '2026-01-10' },
    }),
    expected: {
      inside: only({ delivery_unit: 200, coordinator: 200 }, 403),
      outside: only({ admin: 403, delivery_unit: 200 }, 404),
    },
  },
  {
    route: 'POST /api/cases/{id}/bill-stage',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${await deliveryCase(ctx, 'draft_bill', () => ({}))}/bill-stage`,
      payload: { stage: 'public_hearing', on: '2030-01-10' },
    }),
    expected: {
      inside: only({ delivery_unit: 200 }, 403),
      outside: only({ admin: 403, delivery_unit: 200 }, 404),
    },
  },

  { route: 'GET /api/groups', call: async () => ({ method: 'GET', url: '/api/groups' }), expected: same(all(200)) },
  {
    route: 'POST /api/groups',
    call: async () => ({ method: 'POST', url: '/api/groups', payload: { nameTh: 'กลุ่มใหม่', goalTh: 'เป้าหมาย', leadUnitCodes: ['MSDHS'] } }),
    expected: same(only({ delivery_unit: 201 }, 403)),
  },
  {
    route: 'GET /api/groups/{id}',
    call: async (ctx) => ({ method: 'GET', url: `/api/groups/${await group(ctx)}` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/groups/{id}/cases',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/groups/${await group(ctx)}/cases`,
      payload: { caseId: (await ctx.f.directive({ to: ['PH-50'] })).caseId },
    }),
    expected: { inside: only({ delivery_unit: 200 }, 403), outside: only({ admin: 403, delivery_unit: 200 }, 404) },
  },
  {
    route: 'GET /api/parliamentary-questions',
    call: async () => ({ method: 'GET', url: '/api/parliamentary-questions' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/maps/provinces',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/maps/provinces' }),
    expected: same(all(200)),
  },
];
