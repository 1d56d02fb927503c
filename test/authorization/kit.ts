import type { CaseFixtures } from '../support/caseFixtures.ts';
import type { TestApp, TestClient } from '../support/testApp.ts';
import { roles, type Role } from '../../src/domain/roles.ts';

/**
 * The vocabulary of the authorization matrix (test/authorization.test.ts):
 * each area of the product lists its routes' cells in its own file here.
 */
export type Placement = 'inside' | 'outside';
export const placements: Record<Placement, string> = { inside: 'PH-50', outside: 'PH-52' };

export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: unknown;
}
export type Expected = Record<Placement, Record<Role, number>>;

export const all = (status: number): Record<Role, number> => Object.fromEntries(roles.map((r) => [r, status])) as Record<Role, number>;
export const only = (allowed: Partial<Record<Role, number>>, otherwise: number): Record<Role, number> => ({
  ...all(otherwise),
  ...allowed,
});
export const same = (row: Record<Role, number>): Expected => ({ inside: row, outside: row });

export const assignee = { delivery_unit: 200, coordinator: 200, officer: 200 };
export const assigneeCreated = { delivery_unit: 201, coordinator: 201, officer: 201 };
export const assigner = { delivery_unit: 200, coordinator: 200, officer: 200, operator: 200 };
export const readers = (ok: number): Expected => ({ inside: all(ok), outside: only({ admin: ok, delivery_unit: ok }, 404) });

export interface RouteCase {
  route: string;
  call: (t: Ctx, client: TestClient) => Promise<Call>;
  expected: Expected;
  /** The call signs the client out; give it a fresh client. */
  consumesSession?: boolean;
  public?: boolean;
  /** What a caller without a session gets, when not 200 (public) or 401: a public create answers 201. */
  anonymousStatus?: number;
  /** Sends the call itself (multipart uploads) and answers the status; by default the call is sent as JSON. */
  send?: (ctx: Ctx, client: TestClient, call: Call) => Promise<number>;
}

export interface Ctx {
  t: TestApp;
  f: CaseFixtures;
}

/** A case owned by PMDU sent to both provinces, with Chiang Mai's assignment in `status`. */
export async function sharedCase(ctx: Ctx, status: 'sent' | 'acknowledged') {
  const { caseId, assignmentIds } = await ctx.f.directive({ to: ['PH-50', 'PH-52'] });
  await ctx.f.bringTo(assignmentIds['PH-50']!, 'PH-50', status);
  return { caseId, assignmentId: assignmentIds['PH-50']! };
}

/** Chiang Mai passed the case to a district, which reported it done: waiting for Chiang Mai to accept. */
export async function doneChild(ctx: Ctx) {
  const { caseId, assignmentId } = await sharedCase(ctx, 'acknowledged');
  const children = await ctx.f.cascade(assignmentId, 'PH-50', ['DO-5001']);
  await ctx.f.bringTo(children['DO-5001']!, 'DO-5001', 'done');
  return { caseId, assignmentId: children['DO-5001']! };
}

/** A case owned by Chiang Mai's hall, sent to one of its districts and to Lampang. */
export async function chiangMaiOwnedCase(ctx: Ctx) {
  return ctx.f.directive({ ownerCode: 'PH-50', to: ['DO-5001', 'PH-52'] });
}

export async function upload(client: TestClient): Promise<{ id: string; status: number }> {
  const form = new FormData();
  form.append('file', new Blob(['หลักฐานการดำเนินงาน\n']), 'evidence.txt');
  const response = await client.app.inject({
    method: 'POST',
    url: '/api/attachments',
    cookies: client.cookies,
    headers: client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {},
    body: form,
  });
  return { status: response.statusCode, ...JSON.parse(response.body) };
}
