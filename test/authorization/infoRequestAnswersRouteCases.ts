import { randomBytes } from 'node:crypto';
import { fileObjection } from '../../src/commands/infoRequests/objections/fileObjection.ts';
import { infoRequestTo, refusedInfoRequest, tinyPdf } from '../support/infoRequestAnswerFixtures.ts';
import { all, only, readers, same, type Ctx, type RouteCase } from './kit.ts';

const chiangMaiRequest = (ctx: Ctx) => infoRequestTo(ctx.t.db, ctx.t.clock);
const refusedRequest = (ctx: Ctx) => refusedInfoRequest(ctx.t.db, ctx.t.clock);

const publicOk = (status: number) => same(all(status));

/** Issue #16, answers slice: the agency's answer, the legal grounds, and the two ways to object. */
export const infoRequestAnswersRouteCases: RouteCase[] = [
  {
    route: 'POST /api/info-requests/{id}/documents/files',
    call: async (ctx) => ({ method: 'POST', url: `/api/info-requests/${(await chiangMaiRequest(ctx)).id}/documents/files` }),
    send: async (_ctx, client, call) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(tinyPdf)]), 'answer.pdf');
      const response = await client.app.inject({
        method: 'POST',
        url: call.url,
        cookies: client.cookies,
        headers: client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {},
        body: form,
      });
      return response.statusCode;
    },
    expected: {
      inside: only({ officer: 201, coordinator: 201 }, 403),
      outside: only({ admin: 403, delivery_unit: 403 }, 404),
    },
  },
  {
    route: 'POST /api/info-requests/{id}/answers',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/info-requests/${(await chiangMaiRequest(ctx)).id}/answers`,
      payload: { outcome: 'not_held', message: 'หน่วยงานไม่มีข้อมูลนี้' },
    }),
    expected: {
      inside: only({ officer: 201, coordinator: 201 }, 403),
      outside: only({ admin: 403, delivery_unit: 403 }, 404),
    },
  },
  {
    route: 'GET /api/info-requests/{id}/documents/{docId}',
    call: async (ctx) => {
      const made = await refusedRequest(ctx);
      return { method: 'GET', url: `/api/info-requests/${made.id}/documents/${made.documentId}` };
    },
    expected: readers(200),
  },
  {
    route: 'GET /api/disclosure-grounds',
    call: async () => ({ method: 'GET', url: '/api/disclosure-grounds' }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/disclosure-grounds',
    call: async () => ({
      method: 'POST',
      url: '/api/disclosure-grounds',
      payload: { code: `t_${randomBytes(4).toString('hex')}`, section: '15', item: '7', nameTh: 'เหตุทดสอบ', nameEn: 'A test ground' },
    }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PUT /api/disclosure-grounds/{code}',
    call: async () => ({
      method: 'PUT',
      url: '/api/disclosure-grounds/s15_7',
      payload: {
        section: '15',
        item: '7',
        nameTh: 'กรณีอื่นตามที่กำหนดในพระราชกฤษฎีกา',
        nameEn: 'Other cases prescribed by royal decree',
        sortOrder: 80,
      },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  {
    route: 'GET /api/public/info-requests/{code}/objections',
    call: async (ctx) => ({ method: 'GET', url: `/api/public/info-requests/${(await chiangMaiRequest(ctx)).trackingCode}/objections` }),
    expected: publicOk(200),
    public: true,
  },
  {
    route: 'POST /api/public/info-requests/{code}/objections',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/public/info-requests/${(await refusedRequest(ctx)).trackingCode}/objections`,
      payload: { kind: 'appeal', reason: 'ขอให้ทบทวนการไม่เปิดเผย' },
    }),
    expected: publicOk(201),
    public: true,
    anonymousStatus: 201,
  },
  {
    route: 'POST /api/public/info-requests/{code}/objections/{objectionId}/withdraw',
    call: async (ctx) => {
      const made = await refusedRequest(ctx);
      const objection = await fileObjection({ db: ctx.t.db, clock: ctx.t.clock }, made.trackingCode, { kind: 'appeal', reason: 'อุทธรณ์' });
      return { method: 'POST', url: `/api/public/info-requests/${made.trackingCode}/objections/${objection.id}/withdraw` };
    },
    expected: publicOk(200),
    public: true,
  },
  {
    route: 'GET /api/info-request-objections',
    call: async () => ({ method: 'GET', url: '/api/info-request-objections' }),
    // Only the Commission's office (unit OIC) and the national roles; neither province is the office.
    expected: same(only({ admin: 200, delivery_unit: 200 }, 403)),
  },
  {
    route: 'POST /api/info-request-objections/{id}/decision',
    call: async (ctx) => {
      const made = await refusedRequest(ctx);
      const objection = await fileObjection({ db: ctx.t.db, clock: ctx.t.clock }, made.trackingCode, { kind: 'appeal', reason: 'อุทธรณ์' });
      return { method: 'POST', url: `/api/info-request-objections/${objection.id}/decision`, payload: { decision: 'upheld' } };
    },
    // Decided by the office's officers and coordinators only: nobody in either province.
    expected: same(all(403)),
  },
];
