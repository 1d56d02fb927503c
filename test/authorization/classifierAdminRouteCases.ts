import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import { only, same, type Ctx, type Expected, type RouteCase } from './kit.ts';

/** A complaint about Chiang Mai filed by the public: with its provincial hall (PH-50, "inside"), under roads. */
async function chiangMaiRoadComplaint(ctx: Ctx): Promise<string> {
  const created = await createComplaint(
    { db: ctx.t.db, clock: ctx.t.clock, actor: null },
    {
      channel: 'web',
      categoryCode: 'roads',
      description: `ท่อระบายน้ำอุดตันหน้าตลาด ${Math.random().toString(36).slice(2, 8)}`,
      areaCode: '50',
      location: null,
      complainant: null,
      skipDuplicateCheck: true,
    },
  );
  return created.caseId;
}

/** Who may re-route may recategorise: the handling unit's staff and operators; others do not see it. */
const handlers: Expected = {
  inside: only({ officer: 200, coordinator: 200, operator: 200 }, 403),
  outside: only({ admin: 403, delivery_unit: 403 }, 404),
};

/** Learning from corrections (issue #14, item 2): recategorise a complaint; the suggester's page and "train now" for administrators. */
export const classifierAdminRouteCases: RouteCase[] = [
  {
    route: 'POST /api/complaints/{id}/category',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/complaints/${await chiangMaiRoadComplaint(ctx)}/category`,
      payload: { category: 'drains', reason: 'เป็นท่อระบายน้ำ ไม่ใช่ถนน' },
    }),
    expected: handlers,
  },
  {
    route: 'GET /api/classifier',
    call: async () => ({ method: 'GET', url: '/api/classifier' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'POST /api/classifier/train',
    call: async () => ({ method: 'POST', url: '/api/classifier/train', payload: {} }),
    expected: same(only({ admin: 200 }, 403)),
  },
];
