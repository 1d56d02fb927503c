import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ChannelConfig } from '../../src/channelConfig.ts';
import type { TrustProxy } from '../../src/config.ts';
import type { Database, Engine } from '../../src/db/database.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { buildApp } from '../../src/server/buildApp.ts';
import { createStaff, TEST_PASSWORD, type TestStaff } from './factories.ts';
import { openTestDatabase } from './testDatabase.ts';
import type { Role } from '../../src/domain/roles.ts';
import { hashSecret, newSecret } from '../../src/commands/accounts/tokens.ts';
import { insertSession } from '../../src/db/queries/sessionQueries.ts';
import { SESSION_COOKIE } from '../../src/server/plugins/authenticate.ts';
import { days } from '../../src/shared/thaiTime.ts';

export interface TestApp {
  db: Database;
  app: FastifyInstance;
  clock: ManualClock;
  /** A signed-in client for a new staff account of this role in this unit. */
  as(role: Role, unitCode: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Calls the app in-process as one signed-in browser: session cookie plus CSRF token. */
export class TestClient {
  constructor(
    readonly app: FastifyInstance,
    readonly staff: TestStaff | null,
    readonly cookies: Record<string, string>,
    readonly csrfToken: string | null,
  ) {}

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const response = await this.app.inject({
      method,
      url,
      cookies: this.cookies,
      headers: { ...(this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}), ...headers },
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
    });
    const text = response.body;
    let body: unknown = text;
    if ((response.headers['content-type'] ?? '').toString().includes('json') && text) body = JSON.parse(text);
    return { status: response.statusCode, body: body as T, headers: response.headers };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, payload: unknown = {}) {
    return this.request<T>('POST', url, payload);
  }
  patch<T = any>(url: string, payload: unknown) {
    return this.request<T>('PATCH', url, payload);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}

/** Signs in through the real endpoint, then fetches the CSRF token the browser app would. */
export async function signIn(app: FastifyInstance, staff: TestStaff): Promise<TestClient> {
  const login = await app.inject({ method: 'POST', url: '/api/session', payload: { username: staff.username, password: TEST_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  const cookies: Record<string, string> = {};
  for (const cookie of login.cookies) cookies[cookie.name] = cookie.value;
  const body = JSON.parse(login.body) as { csrfToken: string };
  return new TestClient(app, staff, cookies, body.csrfToken);
}

/**
 * A session made directly in the database (no password check, no rate limit),
 * then the CSRF token fetched as the browser would: for tests that sign a
 * client in many times.
 */
export async function sessionFor(app: FastifyInstance, db: Database, staff: TestStaff): Promise<TestClient> {
  const token = newSecret();
  await insertSession(db, {
    tokenHash: hashSecret(token),
    userId: staff.id,
    now: new Date(),
    expiresAt: new Date(Date.now() + days(1)),
  });
  const response = await app.inject({ method: 'GET', url: '/api/session', cookies: { [SESSION_COOKIE]: token } });
  if (response.statusCode !== 200) throw new Error(`session failed: ${response.statusCode} ${response.body}`);
  const cookies: Record<string, string> = { [SESSION_COOKIE]: token };
  for (const cookie of response.cookies) cookies[cookie.name] = cookie.value;
  return new TestClient(app, staff, cookies, (JSON.parse(response.body) as { csrfToken: string }).csrfToken);
}

export function anonymous(app: FastifyInstance): TestClient {
  return new TestClient(app, null, {}, null);
}

/** Channel settings of test apps: a LINE channel secret (webhooks are checked), nothing that sends anywhere. */
export const testChannels: ChannelConfig = {
  smtpUrl: undefined,
  mailFrom: 'Tidtam <no-reply@tidtam.test>',
  lineApiBase: 'http://127.0.0.1:9',
  lineDataApiBase: 'http://127.0.0.1:9',
  lineChannelSecret: 'test-line-channel-secret',
  lineChannelAccessToken: undefined,
};

export async function startTestApp(
  options: { engine?: Engine; clock?: ManualClock; channels?: ChannelConfig; trustProxy?: TrustProxy } = {},
): Promise<TestApp> {
  const db = await openTestDatabase(options.engine ?? 'pglite');
  const clock = options.clock ?? new ManualClock(new Date());
  const app = await buildApp({
    db,
    clock,
    cookieSecure: true,
    channels: options.channels ?? testChannels,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });
  return {
    db,
    app,
    clock,
    as: async (role, unitCode) => signIn(app, await createStaff(db, { role, unitCode })),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
