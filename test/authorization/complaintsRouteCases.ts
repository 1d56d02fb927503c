import sharp from 'sharp';
import { createComplaint } from '../../src/commands/complaints/createComplaint.ts';
import { waitForCitizen } from '../../src/commands/complaints/staffComplaintActions.ts';
import type { TestClient } from '../support/testApp.ts';
import { all, only, readers, same, type Ctx, type Expected, type RouteCase } from './kit.ts';

/**
 * A complaint filed by the public about Chiang Mai province: routed to its
 * provincial hall (PH-50, the "inside" unit), owned by the 1111 centre.
 */
async function chiangMaiComplaint(ctx: Ctx, options: { resolved?: boolean; paused?: boolean } = {}) {
  const created = await createComplaint(
    { db: ctx.t.db, clock: ctx.t.clock, actor: null },
    {
      channel: 'web',
      categoryCode: 'roads',
      description: `ถนนชำรุดเป็นหลุมบ่อ ${Math.random().toString(36).slice(2, 8)}`,
      areaCode: '50',
      location: null,
      complainant: { phone: '0812345678', email: 'citizen@example.com' },
      skipDuplicateCheck: true,
    },
  );
  // Without a due date, the many complaints the matrix files sort below newer work in Chiang Mai's
  // inbox, so the list-scope test still finds its directive on the first page.
  const assignment = await ctx.t.db.query<{ id: string }>('update assignments set due_at = null where case_id = $1 returning id', [
    created.caseId,
  ]);
  const assignmentId = assignment.rows[0]!.id;
  if (options.resolved) await ctx.f.bringTo(assignmentId, 'PH-50', 'done');
  if (options.paused) {
    await waitForCitizen({ db: ctx.t.db, clock: ctx.t.clock, actor: await ctx.f.actorOf('PH-50', 'officer') }, created.caseId, {
      message: 'โปรดส่งรูปเพิ่ม',
    });
  }
  return { ...created, assignmentId };
}

let png: Buffer | undefined;
async function photo(): Promise<Buffer> {
  png ??= await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer();
  return png;
}

async function sendPhoto(_ctx: Ctx, client: TestClient): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await photo())]), 'pothole.png');
  const response = await client.app.inject({
    method: 'POST',
    url: '/api/public/complaint-photos',
    cookies: client.cookies,
    headers: client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {},
    body: form,
  });
  return response.statusCode;
}

/** The unit handling it (officers, coordinators and operators of PH-50) may; other roles there may not; outsiders do not see it. */
const handlers = (ok: number, roles: ('officer' | 'coordinator' | 'operator')[] = ['officer', 'coordinator', 'operator']): Expected => ({
  inside: only(Object.fromEntries(roles.map((role) => [role, ok])), 403),
  outside: only({ admin: 403, delivery_unit: 403 }, 404),
});
const operatorsOnly = (ok: number): Expected => same(only({ operator: ok }, 403));
const adminOnly = (ok: number): Expected => same(only({ admin: ok }, 403));

const intake = {
  categoryCode: 'street_lights',
  description: 'ไฟฟ้าส่องสว่างดับทั้งซอย ตั้งแต่สัปดาห์ก่อน',
  areaCode: '52',
  location: null,
  complainant: null,
};

let categorySeq = 0;

/** The complaints routes' cells of the authorization matrix. */
export const complaintsRouteCases: RouteCase[] = [
  {
    route: 'GET /api/public/complaint-categories',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/public/complaint-categories' }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/complaint-photos',
    public: true,
    anonymousStatus: 201,
    call: async () => ({ method: 'POST', url: '/api/public/complaint-photos' }),
    send: sendPhoto,
    expected: same(all(201)),
  },
  {
    route: 'POST /api/public/complaints/likely-duplicates',
    public: true,
    call: async () => ({
      method: 'POST',
      url: '/api/public/complaints/likely-duplicates',
      payload: { categoryCode: 'roads', description: intake.description, areaCode: null, location: null },
    }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/complaints',
    public: true,
    anonymousStatus: 201,
    call: async () => ({ method: 'POST', url: '/api/public/complaints', payload: intake }),
    expected: same(all(201)),
  },
  {
    route: 'GET /api/public/complaints/{code}',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: `/api/public/complaints/${(await chiangMaiComplaint(ctx)).trackingCode}` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/complaints/{code}/rating',
    public: true,
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/public/complaints/${(await chiangMaiComplaint(ctx, { resolved: true })).trackingCode}/rating`,
      payload: { rating: 4 },
    }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/complaints/{code}/reopen',
    public: true,
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/public/complaints/${(await chiangMaiComplaint(ctx, { resolved: true })).trackingCode}/reopen`,
      payload: { reason: 'ยังไม่ได้ซ่อมจริง' },
    }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/complaints',
    call: async () => ({ method: 'POST', url: '/api/complaints', payload: { ...intake, channel: 'hotline' } }),
    expected: operatorsOnly(201),
  },
  {
    route: 'POST /api/complaints/likely-duplicates',
    call: async () => ({
      method: 'POST',
      url: '/api/complaints/likely-duplicates',
      payload: { categoryCode: null, description: intake.description, areaCode: '52', location: null },
    }),
    expected: operatorsOnly(200),
  },
  {
    route: 'GET /api/complaints/callers',
    call: async () => ({ method: 'GET', url: '/api/complaints/callers?phone=0812345678' }),
    expected: operatorsOnly(200),
  },
  {
    route: 'GET /api/complaints/{id}',
    call: async (ctx) => ({ method: 'GET', url: `/api/complaints/${(await chiangMaiComplaint(ctx)).caseId}` }),
    expected: readers(200),
  },
  {
    route: 'GET /api/complaints/{id}/complainants',
    call: async (ctx) => ({ method: 'GET', url: `/api/complaints/${(await chiangMaiComplaint(ctx)).caseId}/complainants` }),
    expected: handlers(200),
  },
  {
    route: 'POST /api/complaints/{id}/reroute',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/complaints/${(await chiangMaiComplaint(ctx)).caseId}/reroute`,
      payload: { unitCode: 'DO-5001', reason: 'เป็นถนนในเขตอำเภอ' },
    }),
    expected: handlers(200),
  },
  {
    route: 'POST /api/complaints/{id}/wait-for-citizen',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/complaints/${(await chiangMaiComplaint(ctx)).caseId}/wait-for-citizen`,
      payload: { message: 'โปรดระบุซอยให้ชัดเจน' },
    }),
    expected: handlers(200, ['officer', 'coordinator']),
  },
  {
    route: 'POST /api/complaints/{id}/resume',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/complaints/${(await chiangMaiComplaint(ctx, { paused: true })).caseId}/resume`,
      payload: {},
    }),
    expected: handlers(200, ['officer', 'coordinator']),
  },
  {
    route: 'POST /api/complaints/{id}/merge',
    call: async (ctx) => {
      const into = await chiangMaiComplaint(ctx);
      const from = await chiangMaiComplaint(ctx);
      return { method: 'POST', url: `/api/complaints/${from.caseId}/merge`, payload: { intoCaseId: into.caseId, reason: 'เรื่องเดียวกัน' } };
    },
    expected: handlers(200),
  },
  {
    route: 'GET /api/complaint-categories',
    call: async () => ({ method: 'GET', url: '/api/complaint-categories' }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/complaint-categories',
    call: async () => ({
      method: 'POST',
      url: '/api/complaint-categories',
      payload: {
        code: `test_${++categorySeq}`,
        nameTh: 'ทดสอบ',
        nameEn: 'Test',
        acknowledgeHours: null,
        resolveHours: null,
        active: false,
      },
    }),
    expected: adminOnly(201),
  },
  {
    route: 'PATCH /api/complaint-categories/{code}',
    call: async () => ({
      method: 'PATCH',
      url: '/api/complaint-categories/noise',
      payload: { nameTh: 'เสียงรบกวน', nameEn: 'Noise', acknowledgeHours: 24, resolveHours: 120, active: true },
    }),
    expected: adminOnly(200),
  },
  {
    route: 'GET /api/complaint-routing-rules',
    call: async () => ({ method: 'GET', url: '/api/complaint-routing-rules' }),
    expected: adminOnly(200),
  },
  {
    route: 'POST /api/complaint-routing-rules',
    call: async () => ({
      method: 'POST',
      url: '/api/complaint-routing-rules',
      payload: { categoryCode: 'canals', areaCode: '52', unitCode: 'PH-52' },
    }),
    expected: adminOnly(200),
  },
  {
    route: 'DELETE /api/complaint-routing-rules/{id}',
    call: async (ctx) => {
      const unit = await ctx.f.unit('PH-58');
      const rule = await ctx.t.db.query<{ id: string }>(
        `insert into complaint_routing_rules (category_code, area_code, unit_id, created_at, updated_at)
         values (null, $1, $2, now(), now()) on conflict (coalesce(category_code, ''), coalesce(area_code, '')) do update set updated_at = now()
         returning id`,
        [`58`, unit.id],
      );
      return { method: 'DELETE', url: `/api/complaint-routing-rules/${rule.rows[0]!.id}` };
    },
    expected: adminOnly(200),
  },
];
