import { DataFactory, type Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOpenDataCatalogue } from '../src/commands/opendata/readOpenDataCatalogue.ts';
import type { Database } from '../src/db/database.ts';
import { storeOpenDataFile } from '../src/db/queries/openDataFileStore.ts';
import { RDF_NAMESPACES as NS } from '../src/domain/opendata/dcatVocabulary.ts';
import type { OpenDataCatalogue } from '../src/domain/opendata/openDataCatalogue.ts';
import { OPEN_DATASETS } from '../src/domain/opendata/openDatasets.ts';
import { anonymous, startTestApp, type TestApp, type TestClient } from './support/testApp.ts';
import { dcatApViolations, parseJsonLd, parseRdfXml, parseTurtle } from './support/rdfGraphs.ts';

const { namedNode } = DataFactory;
const iri = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);
const ORIGIN = 'http://localhost:80';

/** The files the export would write, made small and real through the same store. */
const FILES = [
  {
    dataset: 'complaint-statistics',
    table: 'complaint_statistics',
    format: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    rows: 3,
    at: '2026-11-01T00:00:00Z',
  },
  {
    dataset: 'complaint-statistics',
    table: 'complaint_statistics',
    format: 'json',
    mediaType: 'application/json',
    rows: 3,
    at: '2026-11-01T00:00:00Z',
  },
  {
    dataset: 'complaint-statistics',
    table: 'complaint_statistics',
    format: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    rows: 3,
    at: '2026-11-01T00:00:00Z',
  },
  {
    dataset: 'complaint-statistics',
    table: 'complaint_statistics',
    format: 'dictionary_csv',
    mediaType: 'text/csv',
    rows: 7,
    at: '2026-11-01T00:00:00Z',
  },
  { dataset: 'complaints', table: 'complaints', format: 'csv', mediaType: 'text/csv; charset=utf-8', rows: 2, at: '2026-12-01T00:00:00Z' },
  { dataset: 'units', table: 'units', format: 'json', mediaType: 'application/json', rows: 5, at: '2026-10-01T00:00:00Z' },
] as const;

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

function datasetsIn(store: Store): string[] {
  return store
    .getObjects(namedNode(`${ORIGIN}/`), iri('dcat', 'dataset'), null)
    .map((term) => term.value)
    .sort();
}

describe('the DCAT catalogue (/catalog.ttl, .jsonld, .rdf)', () => {
  let t: TestApp;
  let db: Database;
  let anon: TestClient;
  let catalogue: OpenDataCatalogue;
  const bodies: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    db = t.db;
    anon = anonymous(t.app);
    for (const file of FILES) {
      const text = `${file.dataset},${file.format}\n`.repeat(file.rows);
      await db.transaction((tx) => storeOpenDataFile(tx, { ...file, now: new Date(file.at) }, bytesOf(text), () => file.rows));
    }
    for (const dataset of ['complaints', 'policies', 'units', 'information-requests']) {
      await db.query(
        `insert into open_data_publications (dataset, published, first_published_at, updated_at) values ($1, true, now(), now())`,
        [dataset],
      );
    }
    catalogue = await readOpenDataCatalogue(db);
    for (const format of ['ttl', 'jsonld', 'rdf']) {
      const response = await anon.get(`/catalog.${format}`);
      expect(response.status, `/catalog.${format}`).toBe(200);
      bodies[format] = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    }
  });
  afterAll(() => t?.close());

  it('answers each serialization with its media type', async () => {
    const types = await Promise.all(
      ['ttl', 'jsonld', 'rdf', 'xml'].map(async (f) => (await anon.get(`/catalog.${f}`)).headers['content-type']),
    );
    expect(types).toEqual([
      'text/turtle; charset=utf-8',
      'application/ld+json; charset=utf-8',
      'application/rdf+xml; charset=utf-8',
      'application/rdf+xml; charset=utf-8',
    ]);
  });

  it('lists every published dataset with its distributions and their download URLs, in all three serializations', async () => {
    expect(catalogue.datasets.map((d) => d.name)).toEqual(OPEN_DATASETS.map((d) => d.name).sort());
    const graphs = { ttl: parseTurtle(bodies.ttl!), jsonld: await parseJsonLd(bodies.jsonld!), rdf: await parseRdfXml(bodies.rdf!) };
    for (const [format, store] of Object.entries(graphs)) {
      expect(datasetsIn(store), format).toEqual(catalogue.datasets.map((d) => `${ORIGIN}/dataset/${d.name}`).sort());
      expect(store.size, format).toBe(graphs.ttl.size);
      for (const dataset of catalogue.datasets) {
        const node = namedNode(`${ORIGIN}/dataset/${dataset.name}`);
        const titles = store
          .getObjects(node, iri('dct', 'title'), null)
          .map((term) => `${term.value}@${(term as { language?: string }).language}`);
        expect(titles.sort(), `${format} ${dataset.name}`).toEqual([`${dataset.titleEn}@en`, `${dataset.titleTh}@th`].sort());
        const distributions = store.getObjects(node, iri('dcat', 'distribution'), null);
        const downloads = distributions.flatMap((d) => store.getObjects(d, iri('dcat', 'downloadURL'), null).map((u) => u.value)).sort();
        expect(downloads, `${format} ${dataset.name}`).toEqual(dataset.resources.map((r) => `${ORIGIN}${r.path}`).sort());
        for (const resource of dataset.resources) {
          const distribution = namedNode(`${ORIGIN}/dataset/${dataset.name}/resource/${resource.id}`);
          const size = store.getObjects(distribution, iri('dcat', 'byteSize'), null)[0];
          expect(size?.value).toBe(String(resource.byteSize));
          expect((size as { datatype?: { value: string } }).datatype?.value).toBe(`${NS.xsd}nonNegativeInteger`);
        }
      }
    }
    expect(catalogue.datasets.find((d) => d.name === 'policies')!.resources).toEqual([]);
    expect(catalogue.datasets.find((d) => d.name === 'complaint-statistics')!.resources).toHaveLength(4);
  });

  it('points every distribution at its stable address /opendata/<dataset>/<file>, which redirects to the current file', async () => {
    const graph = parseTurtle(bodies.ttl!);
    const urls = graph.getObjects(null, iri('dcat', 'downloadURL'), null).map((u) => u.value);
    expect(urls).toHaveLength(FILES.length);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${ORIGIN}/opendata/[a-z-]+/[a-z_]+\\.(csv|json|xlsx|dictionary\\.csv)$`));
  });

  it('conforms to the DCAT-AP 3.0.0 SHACL shapes: the catalogue and each dataset document', async () => {
    const violations = await dcatApViolations(parseTurtle(bodies.ttl!));
    expect(violations, violations.join('\n')).toEqual([]);
    for (const dataset of catalogue.datasets) {
      const response = await anon.get(`/dataset/${dataset.name}.ttl`);
      expect(response.status).toBe(200);
      const own = await dcatApViolations(parseTurtle(response.body as string));
      expect(own, own.join('\n')).toEqual([]);
    }
  });

  it('names the publisher, licence, languages, themes, frequency, spatial coverage and contact point', () => {
    const graph = parseTurtle(bodies.ttl!);
    const catalogueNode = namedNode(`${ORIGIN}/`);
    expect(graph.getObjects(catalogueNode, iri('dct', 'license'), null).map((o) => o.value)).toEqual([
      'https://creativecommons.org/licenses/by/4.0/',
    ]);
    const stats = namedNode(`${ORIGIN}/dataset/complaint-statistics`);
    expect(graph.getObjects(stats, iri('dct', 'accrualPeriodicity'), null).map((o) => o.value)).toEqual([
      'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
    ]);
    expect(
      graph
        .getObjects(stats, iri('dcat', 'theme'), null)
        .map((o) => o.value.split('/').at(-1))
        .sort(),
    ).toEqual(['GOVE', 'SOCI']);
    expect(graph.getObjects(stats, iri('dct', 'spatial'), null).map((o) => o.value)).toEqual([
      'http://publications.europa.eu/resource/authority/country/THA',
    ]);
    const contact = graph.getObjects(stats, iri('dcat', 'contactPoint'), null)[0]!;
    expect(graph.getObjects(contact, iri('vcard', 'hasEmail'), null).map((o) => o.value)).toEqual(['mailto:opendata@example.go.th']);
    const keywords = graph.getObjects(stats, iri('dcat', 'keyword'), null).map((k) => (k as { language: string }).language);
    expect(new Set(keywords)).toEqual(new Set(['th', 'en']));
  });

  it('answers one dataset at /dataset/{name}.{ttl,jsonld,rdf}, and 404 for an unknown or withdrawn one', async () => {
    const ttl = parseTurtle((await anon.get('/dataset/units.ttl')).body as string);
    const json = await parseJsonLd(JSON.stringify((await anon.get('/dataset/units.jsonld')).body));
    const xml = await parseRdfXml((await anon.get('/dataset/units.rdf')).body as string);
    expect(json.size).toBe(ttl.size);
    expect(xml.size).toBe(ttl.size);
    expect(ttl.getSubjects(iri('rdf', 'type'), iri('dcat', 'Dataset'), null).map((s) => s.value)).toEqual([`${ORIGIN}/dataset/units`]);
    expect((await anon.get('/dataset/no-such-dataset.ttl')).status).toBe(404);
    await db.query(`update open_data_publications set published = false where dataset = 'units'`);
    try {
      const withdrawn = await anon.get('/dataset/units.ttl');
      expect(withdrawn.status).toBe(404);
      expect(withdrawn.body.error.code).toBe('not_found');
      expect(datasetsIn(parseTurtle((await anon.get('/catalog.ttl')).body as string))).not.toContain(`${ORIGIN}/dataset/units`);
    } finally {
      await db.query(`update open_data_publications set published = true where dataset = 'units'`);
    }
  });

  it('filters by modified_since and carries the filter into the Hydra links', async () => {
    const response = await anon.get('/catalog.ttl?modified_since=2026-10-15');
    expect(response.status).toBe(200);
    const graph = parseTurtle(response.body as string);
    expect(datasetsIn(graph)).toEqual([`${ORIGIN}/dataset/complaint-statistics`, `${ORIGIN}/dataset/complaints`]);
    const view = graph.getSubjects(iri('rdf', 'type'), iri('hydra', 'PartialCollectionView'), null)[0]!;
    expect(view.value).toBe(`${ORIGIN}/catalog.ttl?modified_since=2026-10-15T00%3A00%3A00.000Z&page=1`);
    expect(graph.getObjects(view, iri('hydra', 'totalItems'), null)[0]!.value).toBe('2');
    expect(graph.getObjects(view, iri('hydra', 'itemsPerPage'), null)[0]!.value).toBe('100');
    expect(graph.getObjects(view, iri('hydra', 'next'), null)).toEqual([]);
    const later = parseTurtle((await anon.get('/catalog.ttl?modified_since=2026-11-15T07:00:00%2B07:00')).body as string);
    expect(datasetsIn(later)).toEqual([`${ORIGIN}/dataset/complaints`]);
  });

  it('refuses a bad page or date with 400 and a Thai and English message', async () => {
    for (const query of ['page=2', 'page=0', 'page=abc', 'modified_since=yesterday', 'modified_since=2026-02-30', 'other=1']) {
      const response = await anon.get(`/catalog.ttl?${query}`);
      expect(`${query}: ${response.status} ${response.body.error?.code}`).toBe(`${query}: 400 validation_failed`);
      expect(response.body.error.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(response.body.error.message).toMatch(/[a-z]/);
    }
    expect((await anon.get('/catalog.ttl?page=2')).body.error.fields[0]).toMatchObject({ path: '/page' });
  });
});
