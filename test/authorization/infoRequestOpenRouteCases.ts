import { publishInfoRequest } from '../../src/commands/infoRequests/publishInfoRequest.ts';
import { createRedactionRule } from '../../src/commands/infoRequests/redactionRules.ts';
import { reviewInfoRequestDocument } from '../../src/commands/infoRequests/reviewInfoRequestDocument.ts';
import { answeredInfoRequest } from '../support/infoRequestDisclosureFixtures.ts';
import { all, only, same, type Ctx, type Expected, type RouteCase } from './kit.ts';

/**
 * Publishing information requests (issue #16, "in the open"). The request is addressed to Chiang
 * Mai's provincial hall (PH-50, inside); its officer uploaded the documents, so the inside
 * coordinator may review them. National roles read the preview but neither publish nor review an
 * agency's answers; staff outside the agency do not see the request at all.
 */
const answered = (ctx: Ctx) => answeredInfoRequest(ctx.t.db, ctx.t.clock, { agencyCode: 'PH-50' });

async function published(ctx: Ctx) {
  const request = await answered(ctx);
  const actor = await ctx.f.actorOf('PH-50', 'coordinator');
  const c = { db: ctx.t.db, clock: ctx.t.clock, actor };
  await reviewInfoRequestDocument(c, request.caseId, request.pdfDocumentId, { status: 'approved' });
  await publishInfoRequest(c, request.caseId);
  return request;
}

const readers: Expected = {
  inside: only({ admin: 200, delivery_unit: 200, coordinator: 200, officer: 200 }, 404),
  outside: only({ admin: 200, delivery_unit: 200 }, 404),
};
/** The agency's coordinators act; national roles and officers are refused; whoever cannot read the request does not find it. */
const coordinators = (ok: number): Expected => ({
  inside: only({ admin: 403, delivery_unit: 403, coordinator: ok, officer: 403 }, 404),
  outside: only({ admin: 403, delivery_unit: 403 }, 404),
});
const handlers = (ok: number): Expected => ({
  inside: only({ admin: 403, delivery_unit: 403, coordinator: ok, officer: ok }, 404),
  outside: only({ admin: 403, delivery_unit: 403 }, 404),
});

const page = (route: string, url: (ctx: Ctx) => Promise<string>): RouteCase => ({
  route,
  public: true,
  call: async (ctx) => ({ method: 'GET', url: await url(ctx) }),
  expected: same(all(200)),
});

export const infoRequestOpenRouteCases: RouteCase[] = [
  {
    route: 'GET /api/info-requests/{id}/publication',
    call: async (ctx) => ({ method: 'GET', url: `/api/info-requests/${(await answered(ctx)).caseId}/publication` }),
    expected: readers,
  },
  {
    route: 'PUT /api/info-requests/{id}/publication',
    call: async (ctx) => ({ method: 'PUT', url: `/api/info-requests/${(await answered(ctx)).caseId}/publication` }),
    expected: coordinators(200),
  },
  {
    route: 'DELETE /api/info-requests/{id}/publication',
    call: async (ctx) => ({ method: 'DELETE', url: `/api/info-requests/${(await published(ctx)).caseId}/publication` }),
    expected: coordinators(200),
  },
  {
    route: 'PUT /api/info-requests/{id}/documents/{docId}/review',
    call: async (ctx) => {
      const request = await answered(ctx);
      return {
        method: 'PUT',
        url: `/api/info-requests/${request.caseId}/documents/${request.pdfDocumentId}/review`,
        payload: { status: 'approved', note: 'ตรวจแล้ว ไม่มีข้อมูลส่วนบุคคล' },
      };
    },
    expected: coordinators(200),
  },
  {
    route: 'GET /api/redaction-rules',
    call: async () => ({ method: 'GET', url: '/api/redaction-rules' }),
    expected: same(only({ admin: 200, coordinator: 200 }, 403)),
  },
  {
    route: 'POST /api/redaction-rules',
    call: async (ctx) => ({
      method: 'POST',
      url: '/api/redaction-rules',
      payload: { scope: 'request', caseId: (await answered(ctx)).caseId, pattern: 'บ้านเลขที่ 12', reason: 'ที่อยู่ของผู้ขอ' },
    }),
    expected: handlers(201),
  },
  {
    route: 'DELETE /api/redaction-rules/{id}',
    // An agency rule of Chiang Mai's hall: its coordinators (inside) and administrators remove it.
    call: async (ctx) => {
      const admin = await ctx.f.actorOf('RTG', 'admin');
      const unitId = (await ctx.f.unit('PH-50')).id;
      const rule = await createRedactionRule(
        { db: ctx.t.db, clock: ctx.t.clock, actor: admin },
        { scope: 'agency', unitId, pattern: 'ลับเฉพาะ' },
      );
      return { method: 'DELETE', url: `/api/redaction-rules/${rule.id}` };
    },
    expected: { inside: only({ admin: 200, coordinator: 200 }, 403), outside: only({ admin: 200 }, 403) },
  },
  page('GET /portal/information', async () => '/portal/information?q=น้ำท่วม'),
  page('GET /portal/information/agencies/{code}', async (ctx) => {
    await answered(ctx);
    return '/portal/information/agencies/PH-50';
  }),
  page('GET /portal/information/requests/{ref}', async (ctx) => `/portal/information/requests/${(await published(ctx)).ref}`),
  page('GET /portal/information/documents/{id}', async (ctx) => `/portal/information/documents/${(await published(ctx)).pdfDocumentId}`),
];
