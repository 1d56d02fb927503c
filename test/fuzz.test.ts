import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../src/db/database.ts';
import { refusedInfoRequest } from './support/infoRequestAnswerFixtures.ts';
import { CaseFixtures } from './support/caseFixtures.ts';
import { createStaff, TEST_PASSWORD } from './support/factories.ts';
import { answeredInfoRequest } from './support/infoRequestDisclosureFixtures.ts';
import {
  FUZZ_RUNS,
  FUZZ_SEED,
  FUZZ_SEED_SOURCE as SEED_SOURCE,
  fuzzShare,
  hasErrorShape,
  junkString,
  rarely,
  signInEveryRole,
  valueFor,
  type JsonSchema,
} from './support/fuzzArbitraries.ts';
import { sessionFor, startTestApp, type TestApp, type TestClient } from './support/testApp.ts';
import { testEngines } from './support/testDatabase.ts';

/**
 * Property: whatever a client sends to a write route — random JSON, bodies
 * that almost match the schema, malformed text, odd content types, junk
 * headers, cookies and CSRF tokens, unknown or foreign ids — the answer is
 * never a 5xx, and a request that is refused (4xx) leaves the database exactly
 * as it was (no committed row change in any table).
 */
const ENGINES = testEngines();

interface WriteRoute {
  method: string;
  path: string;
  schema: JsonSchema | undefined;
}

/**
 * Counts committed row changes in every table: a row-level trigger on each
 * table bumps one counter, in the same transaction as the change, so a write
 * that is rolled back leaves the counter as it was. Installed in the test
 * database only. Two writes are refusals' own records and not counted: a
 * failed sign-in is counted against its username (`sign_in_throttles`) and a
 * block is logged as a security event (`audit_events` of category 'security').
 * The audit chain's entries (`event_chain`, `event_chain_head`) follow the
 * events, which are counted themselves.
 */
const INSTALL_WRITE_COUNTER = `
  create table fuzz_write_counter (n bigint not null);
  insert into fuzz_write_counter values (0);
  create function fuzz_bump() returns trigger language plpgsql as $fn$
  begin
    update fuzz_write_counter set n = n + 1;
    return null;
  end;
  $fn$;
  do $do$
  declare t record;
  begin
    for t in select tablename from pg_tables where schemaname = 'public'
               and tablename not in ('fuzz_write_counter', 'sign_in_throttles', 'audit_events', 'event_chain', 'event_chain_head') loop
      execute format('create trigger fuzz_count_rows after insert or update or delete on %I for each row execute function fuzz_bump()', t.tablename);
      execute format('create trigger fuzz_count_truncate after truncate on %I for each statement execute function fuzz_bump()', t.tablename);
    end loop;
  end;
  $do$;
  create trigger fuzz_count_rows after insert on audit_events for each row when (new.category <> 'security') execute function fuzz_bump();`;

async function writeCount(db: Database): Promise<number> {
  return (await db.query<{ n: number }>('select n from fuzz_write_counter')).rows[0]!.n;
}

describe.each(ENGINES)('fuzzing every write route (%s)', (engine: Engine) => {
  const { seed: SEED, runs: RUNS } = fuzzShare(engine, ENGINES, FUZZ_RUNS);
  let t: TestApp;
  let clients: TestClient[];
  let routes: WriteRoute[];
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const f = new CaseFixtures(t.db, t.clock);
    clients = await signInEveryRole(t);
    // Real ids in every state, so fuzzed requests reach the domain rules, not only the schema.
    for (let i = 0; i < 3; i++) {
      const { caseId, assignmentIds } = await f.directive({ to: ['PH-50', 'PH-52'] });
      await f.bringTo(assignmentIds['PH-50']!, 'PH-50', 'acknowledged');
      const children = await f.cascade(assignmentIds['PH-50']!, 'PH-50', ['DO-5001']);
      await f.bringTo(children['DO-5001']!, 'DO-5001', i === 0 ? 'done' : 'in_progress');
      ids.push(caseId, ...Object.values(assignmentIds), ...Object.values(children));
    }
    for (const code of ['PH-50', 'DO-5001', 'PMDU', 'RTG']) ids.push((await f.unit(code)).id);
    // Accounts the fuzz may change; the signed-in clients' own accounts stay out of reach.
    for (const unitCode of ['DO-5001', 'PH-52']) ids.push((await createStaff(t.db, { role: 'officer', unitCode })).id);
    const token = await clients[0]!.post('/api/tokens', { name: 'fuzz', password: TEST_PASSWORD });
    ids.push(token.body.id);
    ids.push(
      String(
        (await t.db.query<{ id: number }>(`insert into search_synonyms (terms) values (array['ฟัซ1', 'ฟัซ2']) returning id`)).rows[0]!.id,
      ),
    );

    // An answered, appealed information request: its case, tracking code, document and objection (issue #16).
    const oia = await refusedInfoRequest(t.db, t.clock, { appeal: true });
    ids.push(oia.id, oia.trackingCode, oia.documentId, oia.objectionId!, 's15_5');
    // An information request addressed to Chiang Mai with its answer's documents and a rule (issue #16, in the open).
    const infoRequest = await answeredInfoRequest(t.db, t.clock, { agencyCode: 'PH-50' });
    ids.push(infoRequest.caseId, infoRequest.pdfDocumentId, infoRequest.withheldDocumentId);
    ids.push(
      (
        await t.db.query<{ id: string }>(
          `insert into redaction_rules (scope, pattern, created_at) values ('site', 'ฟัซ', now()) returning id`,
        )
      ).rows[0]!.id,
    );

    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
    };
    routes = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['post', 'patch', 'put', 'delete'].includes(method))
        .map(([method, op]) => ({ method: method.toUpperCase(), path, schema: op.requestBody?.content?.['application/json']?.schema })),
    );
  });
  afterAll(() => t.close());

  it(`sends ${RUNS} random and malformed requests: no 5xx, and no refused request changes the database (seed ${SEED})`, async () => {
    const idArb = fc.oneof(
      { arbitrary: fc.constantFrom(...ids), weight: 3 },
      { arbitrary: fc.uuid(), weight: 1 },
      { arbitrary: junkString, weight: 1 },
    );
    console.info(`fuzz (${engine}) seed ${SEED} (${SEED_SOURCE}; FUZZ_SEED=${FUZZ_SEED} replays this run)`);
    const hits = new Map<string, number>();
    await t.db.exec(INSTALL_WRITE_COUNTER);
    let before = await writeCount(t.db);
    let refused = 0;
    const statuses = new Map<number, number>();

    const request = fc
      .record({
        route: fc.constantFrom(...routes),
        client: fc.integer({ min: -1, max: clients.length - 1 }),
        id: idArb,
        format: fc.constantFrom('json', 'xml', 'json', 'xml', 'html', ''),
        bodyKind: fc.constantFrom('schema', 'schema', 'schema', 'schema', 'schema', 'json', 'text', 'none'),
        csrf: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'valid', 'missing', 'junk'),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'application/json',
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
          '',
        ),
        extraHeaders: rarely(
          fc.dictionary(
            fc.constantFrom('authorization', 'cookie', 'x-forwarded-for', 'accept', 'x-junk', 'content-length'),
            fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
            { maxKeys: 2 },
          ),
          {} as Record<string, string>,
        ),
        query: rarely(fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 12 }), { maxKeys: 2 }), null),
      })
      .chain((r) => {
        const body =
          r.bodyKind === 'schema'
            ? valueFor(r.route.schema, idArb)
            : r.bodyKind === 'json'
              ? fc.jsonValue()
              : r.bodyKind === 'text'
                ? junkString
                : fc.constant(undefined);
        return body.map((value) => ({ ...r, body: value }));
      });

    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const client = r.client >= 0 ? clients[r.client]! : null;
        const key = `${r.route.method} ${r.route.path}`;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        const url =
          r.route.path.replace('{format}', r.format).replace(/\{\w+\}/g, encodeURIComponent(r.id)) +
          (r.query ? `?${new URLSearchParams(r.query).toString()}` : '');
        const headers: Record<string, string> = { ...r.extraHeaders };
        if (r.contentType) headers['content-type'] = r.contentType;
        if (client?.csrfToken && r.csrf === 'valid') headers['x-csrf-token'] = client.csrfToken;
        if (r.csrf === 'junk') headers['x-csrf-token'] = randomUUID();
        if (headers['content-length'] !== undefined) delete headers['content-length'];
        const payload =
          r.body === undefined ? undefined : typeof r.body === 'string' && r.bodyKind === 'text' ? r.body : JSON.stringify(r.body);
        const response = await t.app.inject({
          method: r.route.method as 'POST',
          url,
          headers,
          cookies: client?.cookies ?? {},
          ...(payload !== undefined ? { payload } : {}),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500) throw new Error(`${key} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
        const after = await writeCount(t.db);
        if (response.statusCode >= 400) {
          refused++;
          if (after !== before)
            throw new Error(`${key} was refused with ${response.statusCode} but changed the database: ${response.body.slice(0, 300)}`);
          if (!hasErrorShape(r.route.path, response.statusCode, response.headers['content-type'], response.body)) {
            throw new Error(`${key} answered ${response.statusCode} without the error shape: ${response.body.slice(0, 200)}`);
          }
        }
        before = after;
        // A successful sign-out ends that client's session: sign it in again so later requests reach the routes.
        if (client && key === 'DELETE /api/session' && response.statusCode === 200) {
          clients[r.client] = await sessionFor(t.app, t.db, client.staff!);
          before = await writeCount(t.db);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    const missed = routes.map((route) => `${route.method} ${route.path}`).filter((key) => !hits.has(key));
    expect(missed).toEqual([]);
    console.info(
      `fuzz (${engine}) statuses: ${[...statuses]
        .sort((a, b) => a[0] - b[0])
        .map(([code, n]) => `${code}×${n}`)
        .join(' ')}`,
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
    // The requests must get past the schema too: some succeed, and some are refused by domain rules.
    const count = (codes: number[]) => codes.reduce((sum, code) => sum + (statuses.get(code) ?? 0), 0);
    expect(count([200, 201])).toBeGreaterThan(RUNS / 200);
    expect(count([403, 404, 409, 422])).toBeGreaterThan(RUNS / 50);
  }, 900_000);
});
