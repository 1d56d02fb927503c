import { createHash } from 'node:crypto';
import { askClarification } from '../../src/commands/infoRequests/clarifyInfoRequest.ts';
import { fileInfoRequest } from '../../src/commands/infoRequests/fileInfoRequest.ts';
import { insertAttachment } from '../../src/db/queries/attachmentQueries.ts';
import { all, only, readers, same, type Ctx, type Expected, type RouteCase } from './kit.ts';

/** A request from the public to Chiang Mai's provincial hall (PH-50, the "inside" unit). */
async function chiangMaiRequest(ctx: Ctx) {
  const agency = await ctx.f.unit('PH-50');
  return fileInfoRequest(
    { db: ctx.t.db, clock: ctx.t.clock, actor: null },
    {
      channel: 'web',
      agencyUnitId: agency.id,
      title: 'รายงานการประชุมจังหวัด',
      body: `ขอสำเนารายงานการประชุมคณะกรมการจังหวัด ${Math.random().toString(36).slice(2, 8)}`,
      formWanted: 'copy',
      requester: { name: 'ผู้ขอ ทดสอบสิทธิ์', email: 'requester@example.com' },
      publishConsent: false,
    },
  );
}

/** The same request, answered with one disclosed document (a file only its requester downloads by code). */
async function answeredRequest(ctx: Ctx) {
  const filed = await chiangMaiRequest(ctx);
  const now = ctx.t.clock.now();
  const data = Buffer.from('%PDF-1.4 รายงาน');
  const file = await insertAttachment(ctx.t.db, {
    uploadedBy: null,
    filename: 'report.pdf',
    contentType: 'application/pdf',
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
    now,
  });
  const unit = await ctx.f.unit('PH-50');
  const answer = await ctx.t.db.query<{ id: string }>(
    `insert into info_request_answers (case_id, unit_id, outcome, message, created_at) values ($1, $2, 'answered_full', 'ส่งรายงานมาให้', $3) returning id`,
    [filed.id, unit.id, now],
  );
  const document = await ctx.t.db.query<{ id: string }>(
    `insert into info_request_documents (case_id, answer_id, title, disclosure, attachment_id, created_at)
     values ($1, $2, 'รายงาน', 'disclosed', $3, $4) returning id`,
    [filed.id, answer.rows[0]!.id, file.id, now],
  );
  return { ...filed, documentId: document.rows[0]!.id };
}

/** The agency's officers and coordinators act; other roles there are refused; outside, only national roles see it (and may not act). */
const agencyStaff = (ok: number): Expected => ({
  inside: only({ officer: ok, coordinator: ok }, 403),
  outside: only({ admin: 403, delivery_unit: 403 }, 404),
});

/** The information requests' handling routes' cells of the authorization matrix. */
export const infoRequestHandlingRouteCases: RouteCase[] = [
  {
    route: 'GET /api/public/info-requests/agencies',
    public: true,
    call: async () => ({ method: 'GET', url: `/api/public/info-requests/agencies?q=${encodeURIComponent('เชียงใหม่')}` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/info-requests',
    public: true,
    anonymousStatus: 201,
    call: async (ctx) => ({
      method: 'POST',
      url: '/api/public/info-requests',
      payload: {
        agencyUnitId: (await ctx.f.unit('PH-50')).id,
        title: 'ขอข้อมูลงบประมาณ',
        body: 'ขอสำเนาเอกสารงบประมาณประจำปีของจังหวัดทั้งหมด',
        formWanted: 'inspect',
        requester: { name: 'ผู้ขอ', phone: '0812345678' },
        publishConsent: true,
      },
    }),
    expected: same(all(201)),
  },
  {
    route: 'GET /api/public/info-requests/{code}',
    public: true,
    call: async (ctx) => ({ method: 'GET', url: `/api/public/info-requests/${(await chiangMaiRequest(ctx)).trackingCode}` }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/public/info-requests/{code}/documents/{documentId}',
    public: true,
    call: async (ctx) => {
      const answered = await answeredRequest(ctx);
      return { method: 'GET', url: `/api/public/info-requests/${answered.trackingCode}/documents/${answered.documentId}` };
    },
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/info-requests/{code}/clarification',
    public: true,
    call: async (ctx) => {
      const filed = await chiangMaiRequest(ctx);
      const actor = await ctx.f.actorOf('PH-50', 'officer');
      await askClarification({ db: ctx.t.db, clock: ctx.t.clock, actor }, filed.id, { question: 'ต้องการปีใด' });
      return { method: 'POST', url: `/api/public/info-requests/${filed.trackingCode}/clarification`, payload: { answer: 'ปี 2569' } };
    },
    expected: same(all(200)),
  },
  {
    route: 'POST /api/public/info-requests/{code}/withdraw',
    public: true,
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/public/info-requests/${(await chiangMaiRequest(ctx)).trackingCode}/withdraw`,
      payload: {},
    }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/info-requests',
    call: async (ctx) => ({
      method: 'POST',
      url: '/api/info-requests',
      payload: {
        channel: 'walk_in',
        agencyUnitId: (await ctx.f.unit('PH-50')).id,
        title: 'ขอดูแผนที่โครงการ',
        body: 'ขอตรวจดูแผนที่โครงการก่อสร้างถนนเลี่ยงเมืองของจังหวัด',
        formWanted: 'inspect',
        requester: { name: 'ผู้มาติดต่อ', address: '9 ถนนห้วยแก้ว เชียงใหม่' },
        publishConsent: false,
      },
    }),
    expected: same(only({ operator: 201, officer: 201, coordinator: 201, delivery_unit: 201 }, 403)),
  },
  {
    route: 'GET /api/info-requests',
    call: async () => ({ method: 'GET', url: '/api/info-requests?state=awaiting_response' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/info-requests/{id}',
    call: async (ctx) => ({ method: 'GET', url: `/api/info-requests/${(await chiangMaiRequest(ctx)).id}` }),
    expected: readers(200),
  },
  {
    route: 'GET /api/info-requests/{id}/requester',
    call: async (ctx) => ({ method: 'GET', url: `/api/info-requests/${(await chiangMaiRequest(ctx)).id}/requester` }),
    expected: agencyStaff(200),
  },
  {
    route: 'POST /api/info-requests/{id}/transfer',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/info-requests/${(await chiangMaiRequest(ctx)).id}/transfer`,
      payload: { toUnitId: (await ctx.f.unit('MOF')).id, reason: 'ข้อมูลอยู่ที่กระทรวงการคลัง' },
    }),
    expected: agencyStaff(200),
  },
  {
    route: 'POST /api/info-requests/{id}/clarification',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/info-requests/${(await chiangMaiRequest(ctx)).id}/clarification`,
      payload: { question: 'ต้องการรายงานปีใด' },
    }),
    expected: agencyStaff(200),
  },
];
