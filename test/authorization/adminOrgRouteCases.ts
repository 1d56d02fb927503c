import { randomUUID } from 'node:crypto';
import { all, only, same, type Ctx, type RouteCase } from './kit.ts';

/** A fresh division under Chiang Mai's provincial hall, for a move to leave from. */
async function freshDivision({ t, f }: Ctx): Promise<string> {
  const hall = await f.unit('PH-50');
  const id = randomUUID();
  await t.db.query(
    `insert into units (id, code, parent_id, path, depth, kind, name_th, created_at)
     values ($1, $2, $3, $4, $5, 'division', 'กลุ่มงานทดสอบการย้าย', now())`,
    [id, `DIV-${id.slice(0, 8)}`, hall.id, `${hall.path}${id}/`, hall.depth + 1],
  );
  return id;
}

/** The administrators' organisation pages (issue #13, item 13): the unit tree is everyone's to read; moving and routing are for administrators. */
export const adminOrgRouteCases: RouteCase[] = [
  {
    route: 'GET /api/unit-tree',
    call: async ({ f }) => ({ method: 'GET', url: `/api/unit-tree?parentId=${(await f.unit('PH-50')).id}&q=DO-50` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/units/{id}/move',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/units/${await freshDivision(ctx)}/move`,
      payload: { parentId: (await ctx.f.unit('PH-52')).id },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'GET /api/complaint-routing-rules/named',
    call: async () => ({ method: 'GET', url: '/api/complaint-routing-rules/named' }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'POST /api/complaint-routing-rules/test',
    call: async () => ({ method: 'POST', url: '/api/complaint-routing-rules/test', payload: { categoryCode: 'roads', areaCode: '5001' } }),
    expected: same(only({ admin: 200 }, 403)),
  },
];
