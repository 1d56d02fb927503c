import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/db/database.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { TEST_PASSWORD } from './support/factories.ts';
import { FUZZ_RUNS, fuzzShare, hasErrorShape, junkString, signInEveryRole, valueFor, type JsonSchema } from './support/fuzzArbitraries.ts';
import { startTestApp, type TestApp, type TestClient } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

/**
 * Property: read routes take their input in the query string, and whatever a
 * client puts there (random and malformed values for each parameter, every
 * list's real cursor with one value forged, junk cursors) is refused with the
 * error shape or answered, never a 5xx. The stocktake pack is left out: a good
 * query prints a PDF in Chromium, seconds a request.
 */
const ENGINES = testEngines();

describe.each(ENGINES)('fuzzing every read route that takes a query (%s)', (engine: Engine) => {
  // A fifth as many as the write fuzz: one request each, no database check after it.
  const { seed: SEED, runs: READ_RUNS } = fuzzShare(engine, ENGINES, Math.ceil(FUZZ_RUNS / 5));
  let t: TestApp;
  let clients: TestClient[];
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const f = new CaseFixtures(t.db, t.clock);
    clients = await signInEveryRole(t);
    // Real ids, so queries reach the handlers, and two cases so the case list has a second page.
    for (let i = 0; i < 2; i++) {
      const { caseId, assignmentIds } = await f.directive({ to: ['PH-50', 'PH-52'] });
      ids.push(caseId, ...Object.values(assignmentIds));
    }
    for (const code of ['PH-50', 'DO-5001', 'PMDU', 'RTG']) ids.push((await f.unit(code)).id);
  });
  afterAll(() => t.close());

  it(`sends forged cursors and ${READ_RUNS} random query strings to every read route that takes one: no 5xx (seed ${SEED})`, async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: JsonSchema }[] }>>;
    };
    const readRoutes = Object.entries(spec.paths).flatMap(([path, methods]) => {
      const query = (methods['get']?.parameters ?? []).filter((parameter) => parameter.in === 'query');
      return query.length > 0 && path !== '/api/stocktake' ? [{ path, query }] : [];
    });
    const idArb = fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 });
    const cursorArb = fc
      .array(
        fc.oneof(
          fc.integer(),
          fc.double(),
          junkString,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.uuid(),
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      )
      .map((values) => Buffer.from(JSON.stringify(values)).toString('base64url'));
    const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
    // First, every list's real cursor with one value forged at a time: a cursor comes back from the client.
    const admin = clients.find((client) => client.staff?.role === 'admin')!;
    for (const name of ['fuzz read 1', 'fuzz read 2']) await admin.post('/api/tokens', { name, password: TEST_PASSWORD }); // two audit events, so two pages
    const forgedValues = ['x', '\u0000', 1e300, -1.5, '0000-01-01T00:00:00.000Z', '2026-13-45T99:99:99.999Z', null, [], {}];
    const forgedRoutes: string[] = [];
    for (const route of readRoutes.filter((r) => !r.path.includes('{') && r.query.some((p) => p.name === 'cursor'))) {
      const first = await t.app.inject({ method: 'GET', url: `${route.path}?limit=1`, cookies: admin.cookies });
      const next = (first.json() as { nextCursor?: string | null }).nextCursor;
      if (!next) continue;
      forgedRoutes.push(route.path);
      const values = JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as unknown[];
      for (let i = 0; i < values.length; i++) {
        for (const forged of forgedValues) {
          const cursor = Buffer.from(JSON.stringify(values.map((value, j) => (j === i ? forged : value)))).toString('base64url');
          const response = await t.app.inject({ method: 'GET', url: `${route.path}?cursor=${cursor}`, cookies: admin.cookies });
          expect(`${route.path} [${i}]=${JSON.stringify(forged)}: ${response.statusCode}`).toBe(
            `${route.path} [${i}]=${JSON.stringify(forged)}: ${response.statusCode < 500 ? response.statusCode : 'not a 5xx'}`,
          );
        }
      }
    }
    expect(forgedRoutes).toEqual(expect.arrayContaining(['/api/cases', '/api/units', '/api/users', '/api/audit-events']));

    const hits = new Set<string>();
    const request = fc.record({
      route: fc.constantFrom(...readRoutes),
      client: fc.integer({ min: 0, max: clients.length - 1 }),
      id: idArb,
      format: fc.constantFrom('json', 'xml', 'csv', ''),
      seed: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(
        request.chain((r) =>
          fc
            .tuple(
              ...r.route.query.map((parameter) =>
                fc.option(parameter.name === 'cursor' ? fc.oneof(cursorArb, junkString) : valueFor(parameter.schema, idArb), {
                  freq: 2,
                  nil: undefined,
                }),
              ),
            )
            .map((values) => ({ ...r, values })),
        ),
        async (r) => {
          hits.add(r.route.path);
          const params = new URLSearchParams();
          r.route.query.forEach((parameter, i) => {
            if (r.values[i] !== undefined) params.set(parameter.name, text(r.values[i]));
          });
          const url = `${r.route.path.replace('{format}', r.format).replace(/\{\w+\}/g, r.id)}?${params.toString()}`;
          const response = await t.app.inject({ method: 'GET', url, cookies: clients[r.client]!.cookies });
          if (response.statusCode >= 500) throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
          if (
            response.statusCode >= 400 &&
            !hasErrorShape(r.route.path, response.statusCode, response.headers['content-type'], response.body)
          )
            throw new Error(`GET ${url} answered ${response.statusCode} without the error shape: ${response.body.slice(0, 200)}`);
        },
      ),
      { numRuns: READ_RUNS, seed: SEED, endOnFailure: true },
    );
    expect(readRoutes.map((route) => route.path).filter((path) => !hits.has(path))).toEqual([]);
    expect(hits.has('/api/audit-events')).toBe(true);
  }, 600_000);
});
