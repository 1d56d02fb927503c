import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { dcatApViolations, parseTurtle } from '../../../test/support/rdfGraphs.ts';
import { pageCatalogue } from '../../domain/opendata/dcatPaging.ts';
import { RDF_NAMESPACES as NS } from '../../domain/opendata/dcatVocabulary.ts';
import type { OpenDataCatalogue, OpenDataset } from '../../domain/opendata/openDataCatalogue.ts';
import { OPEN_DATASETS } from '../../domain/opendata/openDatasets.ts';
import { catalogueGraph } from './dcatGraph.ts';
import { serializeRdf } from './serializeRdf.ts';

const { namedNode } = DataFactory;
const iri = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);
const ORIGIN = 'https://tidtam.example.go.th';

/** More datasets than four definitions can make: 250 copies of the statistics, each with one file and a period. */
function syntheticCatalogue(count: number): OpenDataCatalogue {
  const datasets: OpenDataset[] = Array.from({ length: count }, (_, i) => {
    const name = `synthetic-${String(i).padStart(3, '0')}`;
    const at = new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
    return {
      ...OPEN_DATASETS[0]!,
      name,
      published: true,
      createdAt: at,
      modifiedAt: at,
      temporal: { start: '2025-10-01', end: '2026-09-30' },
      resources: [
        {
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          dataset: name,
          table: 'complaint_statistics',
          format: 'csv',
          mediaType: 'text/csv; charset=utf-8',
          path: `/opendata/dataset-${i}/complaint_statistics.csv`,
          filePath: `/opendata/files/00000000-0000-4000-8000-${String(i).padStart(12, '0')}/complaint_statistics.csv`,
          fileName: 'complaint_statistics.csv',
          rowCount: i,
          byteSize: 100 + i,
          sha256: 'ab'.repeat(32),
          modifiedAt: at,
          createdAt: at,
        },
      ],
    };
  });
  return {
    settings: {
      licenseId: 'CC-BY-4.0',
      publisherNameTh: 'ศูนย์ติดตามงานของรัฐ',
      publisherNameEn: 'Government follow-up centre',
      contactName: 'ผู้ดูแลข้อมูลเปิด',
      contactEmail: 'opendata@example.go.th',
    },
    datasets,
  };
}

function pageGraph(catalogue: OpenDataCatalogue, page: number): Store {
  return new Store(catalogueGraph(catalogue, pageCatalogue(catalogue.datasets, { page }), { origin: ORIGIN, extension: 'ttl' }));
}

function links(store: Store): Record<string, string> {
  const view = store.getSubjects(iri('rdf', 'type'), iri('hydra', 'PartialCollectionView'), null)[0]!;
  const out: Record<string, string> = { view: view.value };
  for (const key of ['first', 'last', 'next', 'previous', 'totalItems', 'itemsPerPage']) {
    const value = store.getObjects(view, iri('hydra', key), null)[0];
    if (value) out[key] = value.value;
  }
  return out;
}

describe('the catalogue graph of a large catalogue', () => {
  const catalogue = syntheticCatalogue(250);
  const page = (n: number) => `${ORIGIN}/catalog.ttl?page=${n}`;

  it('links its pages with Hydra as ckanext-dcat does: first, last, next, previous, total and page size', () => {
    const stores = [1, 2, 3].map((n) => pageGraph(catalogue, n));
    expect(stores.map(links)).toEqual([
      { view: page(1), first: page(1), last: page(3), next: page(2), totalItems: '250', itemsPerPage: '100' },
      { view: page(2), first: page(1), last: page(3), next: page(3), previous: page(1), totalItems: '250', itemsPerPage: '100' },
      { view: page(3), first: page(1), last: page(3), previous: page(2), totalItems: '250', itemsPerPage: '100' },
    ]);
    const listed = stores.map((store) => store.getObjects(namedNode(`${ORIGIN}/`), iri('dcat', 'dataset'), null).length);
    expect(listed).toEqual([100, 100, 50]);
    const names = stores.flatMap((store) => store.getObjects(namedNode(`${ORIGIN}/`), iri('dcat', 'dataset'), null).map((d) => d.value));
    expect(new Set(names).size).toBe(250);
  });

  it('gives a dated dataset its period of time, and a page still conforms to DCAT-AP 3.0.0', async () => {
    const store = parseTurtle(
      await serializeRdf(
        catalogueGraph(catalogue, pageCatalogue(catalogue.datasets, { page: 3 }), {
          origin: ORIGIN,
          extension: 'ttl',
        }),
        'ttl',
      ),
    );
    const dataset = namedNode(`${ORIGIN}/dataset/synthetic-200`);
    const period = store.getObjects(dataset, iri('dct', 'temporal'), null)[0]!;
    expect(store.getObjects(period, iri('dcat', 'startDate'), null)[0]!.value).toBe('2025-10-01');
    expect(store.getObjects(period, iri('dcat', 'endDate'), null)[0]!.value).toBe('2026-09-30');
    const violations = await dcatApViolations(store);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('is caught by the shapes when a dataset loses its required description (the validator does run)', async () => {
    const store = pageGraph(syntheticCatalogue(1), 1);
    store.removeQuads(store.getQuads(namedNode(`${ORIGIN}/dataset/synthetic-000`), iri('dct', 'description'), null, null));
    const violations = await dcatApViolations(store);
    expect(violations.some((line) => line.includes('synthetic-000') && line.includes('description'))).toBe(true);
  });
});
