import type { Engine } from '../../src/db/database.ts';
import { createStaff } from './factories.ts';
import { signIn, type TestApp, type TestClient } from './testApp.ts';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';

/**
 * What the fuzz tests send (test/fuzz.test.ts for write routes,
 * test/fuzzReads.test.ts for query strings): values shaped by each route's
 * JSON Schema from the OpenAPI description, and junk; and how a refusal must look.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'น้ำท่วม',
    "'; drop table cases; --",
    '%',
    '\\',
    '\u0000',
    '\u0001',
    '\u000b',
    '\uffff',
    'x'.repeat(5000),
    '{"a":',
    'null',
    '1e309',
  ),
);

/** `arbitrary` one time in eight, otherwise `usual`. */
export function rarely<T, U>(arbitrary: fc.Arbitrary<T>, usual: U): fc.Arbitrary<T | U> {
  return fc.oneof({ arbitrary: fc.constant(usual), weight: 7 }, { arbitrary, weight: 1 });
}

/** The arbitraries `valueFor` built, per id arbitrary and schema object. */
const built = new WeakMap<fc.Arbitrary<string>, WeakMap<JsonSchema, fc.Arbitrary<unknown>>>();

/**
 * Values shaped by a JSON Schema. The fuzz tests ask for one inside `chain`, on
 * every run; building an arbitrary (a pattern's `stringMatching` above all)
 * costs far more than drawing from it (13 ms against 0.4 ms a run), so each is
 * built once per schema and reused. Arbitraries hold no state, so a reused one
 * draws exactly what a fresh one would from the same seed.
 */
export function valueFor(schema: JsonSchema | undefined, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  if (!schema) return buildValueFor(schema, ids, 0);
  let byId = built.get(ids);
  if (!byId) built.set(ids, (byId = new WeakMap()));
  let arbitrary = byId.get(schema);
  if (!arbitrary) byId.set(schema, (arbitrary = buildValueFor(schema, ids, 0)));
  return arbitrary;
}

function buildValueFor(schema: JsonSchema | undefined, ids: fc.Arbitrary<string>, depth: number): fc.Arbitrary<unknown> {
  const anything = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    junkString,
    fc.array(fc.integer(), { maxLength: 3 }),
  );
  if (!schema || depth > 4) return anything;
  const alternatives: fc.Arbitrary<unknown>[] = [];
  if (schema.anyOf) alternatives.push(...schema.anyOf.map((s) => buildValueFor(s, ids, depth + 1)));
  if (schema.allOf) alternatives.push(...schema.allOf.map((s) => buildValueFor(s, ids, depth + 1)));
  if (schema.enum) alternatives.push(fc.constantFrom(...schema.enum));
  if (schema.const !== undefined) alternatives.push(fc.constant(schema.const));
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  for (const type of types) {
    if (type === 'object') {
      const props = Object.entries(schema.properties ?? {});
      alternatives.push(
        fc
          .tuple(
            fc
              .record(
                Object.fromEntries(
                  props.map(([key, sub]) => [key, fc.option(buildValueFor(sub, ids, depth + 1), { freq: 6, nil: undefined })]),
                ),
              )
              .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))),
            rarely(fc.dictionary(fc.string({ maxLength: 8 }), anything, { maxKeys: 2 }), null),
          )
          .map(([known, extra]) => ({ ...known, ...(extra ?? {}) })),
      );
    } else if (type === 'array') {
      alternatives.push(fc.array(buildValueFor(schema.items, ids, depth + 1), { maxLength: 4 }));
    } else if (type === 'string') {
      if (schema.format === 'uuid') alternatives.push(ids);
      else if (schema.format === 'date')
        alternatives.push(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
          junkString,
        );
      else if (schema.format === 'email') alternatives.push(fc.emailAddress(), junkString);
      else if (schema.pattern)
        alternatives.push(fc.stringMatching(new RegExp(schema.pattern)).filter((v) => v.length <= (schema.maxLength ?? 60)));
      else alternatives.push(fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }));
    } else if (type === 'integer' || type === 'number') {
      alternatives.push(fc.integer({ min: (schema.minimum ?? 0) - 2, max: (schema.maximum ?? 1000) + 2 }), fc.double());
    } else if (type === 'boolean') {
      alternatives.push(fc.boolean());
    } else if (type === 'null') {
      alternatives.push(fc.constant(null));
    }
  }
  if (alternatives.length === 0) return anything;
  // Mostly plausible values, sometimes anything at all.
  return fc.oneof({ arbitrary: fc.oneof(...alternatives), weight: 12 }, { arbitrary: anything, weight: 1 });
}

const xml = new XMLParser();

/**
 * A refusal says what went wrong in Thai and English: the API's own
 * `{ error: { code, message, messageTh } }`, or on /open311/ the shape that
 * GeoReport v2 clients parse, `[{ code, description }]` in JSON or XML, with
 * the HTTP status as the code and a Thai description followed by the English.
 */
export function hasErrorShape(path: string, status: number, contentType: unknown, body: string): boolean {
  // The portal's pages (issue #12) answer a 404 as a page for people, in Thai or English, with a way back.
  if ((path.startsWith('/portal') || path.startsWith('/track')) && String(contentType).startsWith('text/html')) {
    return status === 404 && /<html lang="(th|en)"/.test(body) && body.includes('href="/');
  }
  if (path.startsWith('/open311/')) {
    const parsed = String(contentType).includes('xml')
      ? (xml.parse(body) as { errors?: { error?: unknown } }).errors?.error
      : (JSON.parse(body) as unknown);
    const first = (Array.isArray(parsed) ? parsed[0] : parsed) as { code?: unknown; description?: unknown } | undefined;
    return Number(first?.code) === status && /[\u0E00-\u0E7F].*\([A-Z].*\)$/.test(String(first?.description));
  }
  const error = (JSON.parse(body) as { error?: { code?: string; message?: string; messageTh?: string } }).error;
  return Boolean(error?.code && error.message && error.messageTh);
}

/**
 * CI (`CI=true`) replays one fixed seed, so a red build means the code changed, not the draw;
 * locally each run draws a new seed to explore further, printed so a failure can be replayed
 * with `FUZZ_SEED=<seed>`. Every fuzz test takes its seed from here, through `fuzzShare`.
 */
const FIXED_SEED = 20_261_205;
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI === 'true' ? FIXED_SEED : Date.now() % 2_147_483_647));
export const FUZZ_SEED_SOURCE = process.env.FUZZ_SEED
  ? 'FUZZ_SEED'
  : process.env.CI === 'true'
    ? 'fixed for CI'
    : 'random; replay with FUZZ_SEED';

/**
 * The requests a fuzz test sends in one run, over all engines: `FUZZ_RUNS`,
 * 10,000 unless set.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

/**
 * One engine's share of a fuzz test. Each engine draws from its own seed
 * (`FUZZ_SEED` for PGlite, `FUZZ_SEED + 1` for PostgreSQL) and sends its part
 * of `runs`: with PostgreSQL beside PGlite (CI) the run sends `runs` different
 * requests in all, where it used to send the same requests twice, once per
 * engine. What the engines add is how the database answers; the HTTP, schema
 * and policy layers above it are the same code, and half of 10,000 draws still
 * reaches each of the 49 write routes about a hundred times on each engine.
 * Alone (no TEST_DATABASE_URL), PGlite sends them all from `FUZZ_SEED`.
 */
export function fuzzShare(engine: Engine, engines: readonly Engine[], runs: number): { seed: number; runs: number } {
  const index = Math.max(0, engines.indexOf(engine));
  return { seed: FUZZ_SEED + index, runs: Math.ceil(runs / engines.length) };
}

/** One signed-in client for each role, each at a unit where that role works, for the fuzz tests. */
export async function signInEveryRole(t: TestApp): Promise<TestClient[]> {
  const clients: TestClient[] = [];
  for (const [role, unitCode] of [
    ['delivery_unit', 'PMDU'],
    ['coordinator', 'PH-50'],
    ['officer', 'DO-5001'],
    ['operator', 'OPM-1111'],
    ['admin', 'RTG'],
    ['viewer', 'PH-52'],
  ] as const) {
    clients.push(await signIn(t.app, await createStaff(t.db, { role, unitCode })));
  }
  return clients;
}
