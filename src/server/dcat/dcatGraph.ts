import { DataFactory, Store, type BlankNode, type NamedNode, type Quad } from 'n3';
import type { DcatPage } from '../../domain/opendata/dcatPaging.ts';
import {
  CATALOGUE_LANGUAGES,
  EU_DATA_THEME_LABELS,
  EU_DATA_THEME_SCHEME,
  euDataTheme,
  euFileType,
  euFrequency,
  formatLabel,
  ianaMediaType,
  PUBLISHER_TYPE_LABEL,
  PUBLISHER_TYPE_NATIONAL_AUTHORITY,
  RDF_NAMESPACES,
  SPDX_SHA256,
  THAILAND,
} from '../../domain/opendata/dcatVocabulary.ts';
import {
  OPEN_DATA_LICENCES,
  type OpenDataCatalogue,
  type OpenDataResource,
  type OpenDataset,
  type OpenDataSettings,
} from '../../domain/opendata/openDataCatalogue.ts';
import { dcatUris, type DcatUris } from './dcatUris.ts';

const { namedNode, literal, blankNode, quad } = DataFactory;

type Subject = NamedNode | BlankNode;
type Term = NamedNode | BlankNode | ReturnType<typeof literal>;

const vocab =
  <K extends keyof typeof RDF_NAMESPACES>(prefix: K) =>
  (local: string) =>
    namedNode(`${RDF_NAMESPACES[prefix]}${local}`);
const rdf = vocab('rdf');
const rdfs = vocab('rdfs');
const xsd = vocab('xsd');
const dcat = vocab('dcat');
const dct = vocab('dct');
const foaf = vocab('foaf');
const vcard = vocab('vcard');
const skos = vocab('skos');
const spdx = vocab('spdx');
const hydra = vocab('hydra');
const a = rdf('type');

const dateTime = (iso: string) => literal(iso, xsd('dateTime'));
const th = (text: string) => literal(text, 'th');
const en = (text: string) => literal(text, 'en');

/**
 * Collects triples once each (the publisher, a licence or a theme is named by many datasets),
 * in the order they were first added, so every serialization lists a subject's triples together.
 */
class Graph {
  private readonly seen = new Store();
  private readonly list: Quad[] = [];

  add(subject: Subject, predicate: NamedNode, object: Term): void {
    const triple = quad(subject, predicate, object);
    if (this.seen.has(triple)) return;
    this.seen.add(triple);
    this.list.push(triple);
  }

  /** The triples grouped by subject, subjects in order of first appearance. */
  quads(): Quad[] {
    const bySubject = new Map<string, Quad[]>();
    for (const triple of this.list) {
      const key = `${triple.subject.termType}:${triple.subject.value}`;
      bySubject.set(key, [...(bySubject.get(key) ?? []), triple]);
    }
    return [...bySubject.values()].flat();
  }
}

/**
 * The parts every document shares: the publisher (a foaf:Agent named in Thai and English,
 * typed as a national authority), the licence, the languages and the contact point.
 */
function addShared(graph: Graph, settings: OpenDataSettings, uris: DcatUris): void {
  const publisher = namedNode(uris.publisher);
  graph.add(publisher, a, foaf('Agent'));
  graph.add(publisher, foaf('name'), th(settings.publisherNameTh));
  graph.add(publisher, foaf('name'), en(settings.publisherNameEn));
  graph.add(publisher, dct('type'), namedNode(PUBLISHER_TYPE_NATIONAL_AUTHORITY));
  const publisherType = namedNode(PUBLISHER_TYPE_NATIONAL_AUTHORITY);
  graph.add(publisherType, a, skos('Concept'));
  graph.add(publisherType, skos('prefLabel'), th(PUBLISHER_TYPE_LABEL.th));
  graph.add(publisherType, skos('prefLabel'), en(PUBLISHER_TYPE_LABEL.en));
  const licence = licenceOf(settings);
  if (licence) {
    graph.add(licence.node, a, dct('LicenseDocument'));
    graph.add(licence.node, dct('title'), en(licence.title));
    graph.add(licence.node, dct('identifier'), literal(settings.licenseId));
  }
  for (const language of CATALOGUE_LANGUAGES) graph.add(namedNode(language), a, dct('LinguisticSystem'));
  graph.add(namedNode(THAILAND), a, dct('Location'));
}

function licenceOf(settings: OpenDataSettings): { node: NamedNode; title: string } | null {
  const known = OPEN_DATA_LICENCES[settings.licenseId as keyof typeof OPEN_DATA_LICENCES] as
    (typeof OPEN_DATA_LICENCES)[keyof typeof OPEN_DATA_LICENCES] | undefined;
  return known ? { node: namedNode(known.url), title: known.title } : null;
}

function addContactPoint(graph: Graph, settings: OpenDataSettings, uris: DcatUris): NamedNode {
  const contact = namedNode(uris.contactPoint);
  graph.add(contact, a, vcard('Kind'));
  graph.add(contact, vcard('fn'), literal(settings.contactName));
  graph.add(contact, vcard('hasEmail'), namedNode(`mailto:${settings.contactEmail}`));
  return contact;
}

function addDistribution(graph: Graph, settings: OpenDataSettings, uris: DcatUris, dataset: OpenDataset, file: OpenDataResource) {
  const distribution = namedNode(uris.distribution(dataset.name, file.id));
  const table = dataset.tables.find((t) => t.name === file.table);
  const format = formatLabel(file.format);
  const dictionary = file.format === 'dictionary_csv';
  const titleTh = `${dictionary ? 'คำอธิบายข้อมูล: ' : ''}${table?.titleTh ?? file.table} (${format})`;
  const titleEn = `${dictionary ? 'Data dictionary: ' : ''}${table?.titleEn ?? file.table} (${format})`;
  graph.add(distribution, a, dcat('Distribution'));
  graph.add(distribution, dct('title'), th(titleTh));
  graph.add(distribution, dct('title'), en(titleEn));
  if (!dictionary) {
    const rows = file.rowCount.toLocaleString('en-US');
    graph.add(distribution, dct('description'), th(`${rows} แถว`));
    graph.add(distribution, dct('description'), en(`${rows} ${file.rowCount === 1 ? 'row' : 'rows'}`));
  }
  const download = namedNode(uris.file(file.path));
  graph.add(distribution, dcat('accessURL'), download);
  graph.add(distribution, dcat('downloadURL'), download);
  graph.add(download, a, rdfs('Resource'));
  const mediaType = namedNode(ianaMediaType(file.mediaType));
  graph.add(distribution, dcat('mediaType'), mediaType);
  graph.add(mediaType, a, dct('MediaType'));
  const fileType = namedNode(euFileType(file.format));
  graph.add(distribution, dct('format'), fileType);
  graph.add(fileType, a, dct('MediaTypeOrExtent'));
  graph.add(distribution, dcat('byteSize'), literal(String(file.byteSize), xsd('nonNegativeInteger')));
  const licence = licenceOf(settings);
  if (licence) graph.add(distribution, dct('license'), licence.node);
  graph.add(distribution, dct('issued'), dateTime(file.createdAt));
  graph.add(distribution, dct('modified'), dateTime(file.modifiedAt));
  for (const language of CATALOGUE_LANGUAGES) graph.add(distribution, dct('language'), namedNode(language));
  if (/^[0-9a-f]{64}$/.test(file.sha256)) {
    const checksum = blankNode(`checksum-${file.id}`);
    graph.add(distribution, spdx('checksum'), checksum);
    graph.add(checksum, a, spdx('Checksum'));
    graph.add(checksum, spdx('algorithm'), namedNode(SPDX_SHA256));
    graph.add(namedNode(SPDX_SHA256), a, spdx('ChecksumAlgorithm'));
    graph.add(checksum, spdx('checksumValue'), literal(file.sha256, xsd('hexBinary')));
  }
  return distribution;
}

function addDataset(graph: Graph, settings: OpenDataSettings, uris: DcatUris, dataset: OpenDataset): NamedNode {
  const node = namedNode(uris.dataset(dataset.name));
  graph.add(node, a, dcat('Dataset'));
  graph.add(node, dct('title'), th(dataset.titleTh));
  graph.add(node, dct('title'), en(dataset.titleEn));
  graph.add(node, dct('description'), th(dataset.notesTh));
  graph.add(node, dct('description'), en(dataset.notesEn));
  graph.add(node, dct('identifier'), literal(dataset.name));
  graph.add(node, dct('publisher'), namedNode(uris.publisher));
  for (const keyword of dataset.keywordsTh) graph.add(node, dcat('keyword'), th(keyword));
  for (const keyword of dataset.keywordsEn) graph.add(node, dcat('keyword'), en(keyword));
  for (const code of dataset.themes) {
    const theme = namedNode(euDataTheme(code));
    graph.add(node, dcat('theme'), theme);
    graph.add(theme, a, skos('Concept'));
    graph.add(theme, skos('inScheme'), namedNode(EU_DATA_THEME_SCHEME));
    const label = EU_DATA_THEME_LABELS[code];
    graph.add(theme, skos('prefLabel'), label ? en(label.en) : literal(code));
    if (label) graph.add(theme, skos('prefLabel'), th(label.th));
  }
  if (dataset.temporal) {
    const period = blankNode(`period-${dataset.name}`);
    graph.add(node, dct('temporal'), period);
    graph.add(period, a, dct('PeriodOfTime'));
    graph.add(period, dcat('startDate'), literal(dataset.temporal.start, xsd('date')));
    graph.add(period, dcat('endDate'), literal(dataset.temporal.end, xsd('date')));
  }
  graph.add(node, dct('spatial'), namedNode(THAILAND));
  const frequency = namedNode(euFrequency(dataset.frequency));
  graph.add(node, dct('accrualPeriodicity'), frequency);
  graph.add(frequency, a, dct('Frequency'));
  if (dataset.createdAt) graph.add(node, dct('issued'), dateTime(dataset.createdAt));
  if (dataset.modifiedAt) graph.add(node, dct('modified'), dateTime(dataset.modifiedAt));
  for (const language of CATALOGUE_LANGUAGES) graph.add(node, dct('language'), namedNode(language));
  graph.add(node, dcat('contactPoint'), addContactPoint(graph, settings, uris));
  const landing = namedNode(uris.landingPage);
  graph.add(node, dcat('landingPage'), landing);
  graph.add(landing, a, foaf('Document'));
  for (const file of dataset.resources) graph.add(node, dcat('distribution'), addDistribution(graph, settings, uris, dataset, file));
  return node;
}

/** The Hydra view of one page, as ckanext-dcat adds it: first, last, next and previous pages, total and page size. */
function addPaging(graph: Graph, uris: DcatUris, page: DcatPage<OpenDataset>, extension: string): void {
  const at = (n: number) => namedNode(uris.cataloguePage(extension, n, page.modifiedSince));
  const view = at(page.page);
  graph.add(view, a, hydra('PartialCollectionView'));
  graph.add(view, hydra('first'), at(1));
  graph.add(view, hydra('last'), at(page.lastPage));
  if (page.page < page.lastPage) graph.add(view, hydra('next'), at(page.page + 1));
  if (page.page > 1) graph.add(view, hydra('previous'), at(page.page - 1));
  graph.add(view, hydra('totalItems'), literal(String(page.totalItems), xsd('integer')));
  graph.add(view, hydra('itemsPerPage'), literal(String(page.itemsPerPage), xsd('integer')));
}

/**
 * One page of the DCAT-AP 3 catalogue: the dcat:Catalog (titled in Thai and English, its
 * publisher, homepage, languages, licence and latest change) with the page's datasets and their
 * distributions, and the Hydra view that links the pages. `origin` is the public origin the
 * request came to, so every IRI is absolute and resolves where the harvester found it.
 */
export function catalogueGraph(
  catalogue: OpenDataCatalogue,
  page: DcatPage<OpenDataset>,
  options: { origin: string; extension: string },
): Quad[] {
  const uris = dcatUris(options.origin);
  const graph = new Graph();
  const { settings } = catalogue;
  const node = namedNode(uris.catalogue);
  graph.add(node, a, dcat('Catalog'));
  graph.add(node, dct('title'), th(`ข้อมูลเปิดของ${settings.publisherNameTh}`));
  graph.add(node, dct('title'), en(`Open data of the ${settings.publisherNameEn}`));
  graph.add(
    node,
    dct('description'),
    th('ชุดข้อมูลเปิดจากระบบติดตามงานของรัฐ (Tidtam): สถิติเรื่องร้องเรียน เรื่องร้องเรียนที่ไม่ระบุตัวตน นโยบายและข้อสั่งการที่เผยแพร่ และทำเนียบหน่วยงาน'),
  );
  graph.add(
    node,
    dct('description'),
    en(
      'Open datasets from Tidtam, the government follow-up system: complaint statistics, anonymised complaints, published policies and directives, and the unit directory.',
    ),
  );
  graph.add(node, dct('publisher'), namedNode(uris.publisher));
  const homepage = namedNode(uris.homepage);
  graph.add(node, foaf('homepage'), homepage);
  graph.add(homepage, a, foaf('Document'));
  for (const language of CATALOGUE_LANGUAGES) graph.add(node, dct('language'), namedNode(language));
  const licence = licenceOf(settings);
  if (licence) graph.add(node, dct('license'), licence.node);
  graph.add(node, dct('spatial'), namedNode(THAILAND));
  const scheme = namedNode(EU_DATA_THEME_SCHEME);
  graph.add(node, dcat('themeTaxonomy'), scheme);
  graph.add(scheme, a, skos('ConceptScheme'));
  graph.add(scheme, dct('title'), en('Data theme'));
  const modified = latest(catalogue.datasets.map((dataset) => dataset.modifiedAt));
  if (modified) graph.add(node, dct('modified'), dateTime(modified));
  addShared(graph, settings, uris);
  for (const dataset of page.items) graph.add(node, dcat('dataset'), addDataset(graph, settings, uris, dataset));
  addPaging(graph, uris, page, options.extension);
  return graph.quads();
}

/** One dataset's own document (`/dataset/{name}.ttl`): the dataset, its distributions and what they name. */
export function datasetGraph(settings: OpenDataSettings, dataset: OpenDataset, options: { origin: string }): Quad[] {
  const uris = dcatUris(options.origin);
  const graph = new Graph();
  addDataset(graph, settings, uris, dataset);
  addShared(graph, settings, uris);
  return graph.quads();
}

function latest(times: readonly (string | null)[]): string | null {
  return times.reduce<string | null>((max, time) => (time && (!max || time > max) ? time : max), null);
}
