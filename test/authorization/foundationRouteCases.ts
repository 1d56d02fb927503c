import { createStaff, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from '../support/testApp.ts';
import {
  all,
  assignee,
  assigneeCreated,
  assigner,
  chiangMaiOwnedCase,
  doneChild,
  only,
  readers,
  same,
  sharedCase,
  upload,
  type RouteCase,
} from './kit.ts';

/** The foundation's routes: session, areas, units, users, tokens, cases, inbox, assignments, attachments. */
export const foundationRouteCases: RouteCase[] = [
  { route: 'GET /api/health', public: true, call: async () => ({ method: 'GET', url: '/api/health' }), expected: same(all(200)) },
  {
    route: 'POST /api/session',
    public: true,
    call: async (_ctx, client) => ({
      method: 'POST',
      url: '/api/session',
      payload: { username: client.staff!.username, password: TEST_PASSWORD },
    }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/session',
    // No one signed in is an answer (204), not a refusal: public pages ask it on every visit.
    anonymousStatus: 204,
    call: async () => ({ method: 'GET', url: '/api/session' }),
    expected: same(all(200)),
  },
  {
    route: 'DELETE /api/session',
    consumesSession: true,
    call: async () => ({ method: 'DELETE', url: '/api/session' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/areas',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/areas?level=province' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/area-groupings',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/area-groupings' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/areas/{province}/district-map',
    public: true,
    call: async () => ({ method: 'GET', url: '/api/areas/50/district-map' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/units',
    call: async () => ({ method: 'GET', url: '/api/units?kind=district_office&areaPrefix=50' }),
    expected: same(all(200)),
  },
  {
    route: 'GET /api/units/{id}',
    call: async ({ f }) => ({ method: 'GET', url: `/api/units/${(await f.unit('DO-5001')).id}` }),
    expected: same(all(200)),
  },
  {
    route: 'POST /api/units',
    call: async ({ f }) => ({
      method: 'POST',
      url: '/api/units',
      payload: {
        code: `DIV-${Math.random().toString(36).slice(2, 8)}`,
        parentId: (await f.unit('PH-50')).id,
        kind: 'division',
        nameTh: 'กลุ่มงานทดสอบ',
      },
    }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PATCH /api/units/{id}',
    call: async ({ f }) => ({
      method: 'PATCH',
      url: `/api/units/${(await f.unit('DO-5003')).id}`,
      payload: { nameEn: 'Chom Thong District Office' },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  { route: 'GET /api/users', call: async () => ({ method: 'GET', url: '/api/users' }), expected: same(only({ admin: 200 }, 403)) },
  {
    route: 'POST /api/users',
    call: async ({ f }) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `new${Math.random().toString(36).slice(2, 8)}`,
        displayName: 'ผู้ใช้ใหม่',
        password: 'a-long-enough-password',
        role: 'officer',
        unitId: (await f.unit('DO-5001')).id,
      },
    }),
    expected: same(only({ admin: 201 }, 403)),
  },
  {
    route: 'PATCH /api/users/{id}',
    call: async ({ t }) => ({
      method: 'PATCH',
      url: `/api/users/${(await createStaff(t.db, { role: 'officer', unitCode: 'DO-5001' })).id}`,
      payload: { displayName: 'ชื่อใหม่' },
    }),
    expected: same(only({ admin: 200 }, 403)),
  },
  { route: 'GET /api/tokens', call: async () => ({ method: 'GET', url: '/api/tokens' }), expected: same(all(200)) },
  {
    route: 'POST /api/tokens',
    call: async () => ({ method: 'POST', url: '/api/tokens', payload: { name: 'script', password: TEST_PASSWORD } }),
    expected: same(all(201)),
  },
  {
    route: 'DELETE /api/tokens/{id}',
    call: async (_ctx, client) => {
      const made = await client.post('/api/tokens', { name: 'to revoke', password: TEST_PASSWORD });
      return { method: 'DELETE', url: `/api/tokens/${made.body.id}` };
    },
    expected: same(all(200)),
  },
  { route: 'GET /api/cases', call: async () => ({ method: 'GET', url: '/api/cases' }), expected: same(all(200)) },
  {
    route: 'POST /api/cases',
    call: async () => ({ method: 'POST', url: '/api/cases', payload: { kind: 'directive', title: 'ข้อสั่งการใหม่', body: '' } }),
    expected: same(only({ delivery_unit: 201, coordinator: 201 }, 403)),
  },
  {
    route: 'GET /api/cases/{id}',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await ctx.f.directive({ to: ['PH-50'] })).caseId}` }),
    expected: readers(200),
  },
  {
    route: 'GET /api/cases/{id}/events',
    call: async (ctx) => ({ method: 'GET', url: `/api/cases/${(await ctx.f.directive({ to: ['PH-50'] })).caseId}/events` }),
    expected: readers(200),
  },
  {
    route: 'POST /api/cases/{id}/assignments',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/assignments`,
      payload: { targets: { unitCodes: ['DO-5003'] } },
    }),
    expected: { inside: only({ delivery_unit: 201, coordinator: 201 }, 403), outside: only({ delivery_unit: 201 }, 403) },
  },
  {
    route: 'POST /api/cases/{id}/close',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/cases/${(await chiangMaiOwnedCase(ctx)).caseId}/close`,
      payload: { note: 'ยุติเรื่อง' },
    }),
    expected: { inside: only({ delivery_unit: 200, coordinator: 200 }, 403), outside: only({ delivery_unit: 200 }, 403) },
  },
  { route: 'GET /api/inbox', call: async () => ({ method: 'GET', url: '/api/inbox' }), expected: same(all(200)) },
  {
    route: 'POST /api/assignments/{id}/acknowledge',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'sent')).assignmentId}/acknowledge`,
      payload: {},
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/complete',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/complete`,
      payload: {},
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/return',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'sent')).assignmentId}/return`,
      payload: { reason: 'ไม่ใช่ภารกิจของหน่วย' },
    }),
    expected: { inside: only(assignee, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/progress',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/progress`,
      payload: { note: 'คืบหน้า' },
    }),
    expected: { inside: only(assigneeCreated, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/cascade',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await sharedCase(ctx, 'acknowledged')).assignmentId}/cascade`,
      payload: { targets: { unitCodes: ['DO-5001'] } },
    }),
    expected: { inside: only(assigneeCreated, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/accept',
    call: async (ctx) => ({ method: 'POST', url: `/api/assignments/${(await doneChild(ctx)).assignmentId}/accept`, payload: {} }),
    expected: { inside: only(assigner, 403), outside: all(403) },
  },
  {
    route: 'POST /api/assignments/{id}/send-back',
    call: async (ctx) => ({
      method: 'POST',
      url: `/api/assignments/${(await doneChild(ctx)).assignmentId}/send-back`,
      payload: { reason: 'ขอข้อมูลเพิ่ม' },
    }),
    expected: { inside: only(assigner, 403), outside: all(403) },
  },
  {
    route: 'POST /api/attachments',
    call: async () => ({ method: 'POST', url: '/api/attachments' }),
    send: async (_ctx, client) => (await upload(client)).status,
    expected: same(only({ delivery_unit: 201, coordinator: 201, officer: 201, operator: 201 }, 403)),
  },
  {
    route: 'GET /api/attachments/{id}',
    call: async (ctx) => {
      const { assignmentId } = await sharedCase(ctx, 'acknowledged');
      const officer = await signIn(ctx.t.app, await createStaff(ctx.t.db, { role: 'officer', unitCode: 'PH-50' }));
      const file = await upload(officer);
      await officer.post(`/api/assignments/${assignmentId}/progress`, { note: 'หลักฐาน', attachmentIds: [file.id] });
      return { method: 'GET', url: `/api/attachments/${file.id}` };
    },
    expected: readers(200),
  },
];
