import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import jsonld from 'jsonld';
import { Writer, type Quad } from 'n3';
import { RDF_NAMESPACES } from '../../domain/opendata/dcatVocabulary.ts';

/** The serializations the catalogue speaks, by the path's extension, as ckanext-dcat names them. */
export const RDF_FORMATS = {
  ttl: { mediaType: 'text/turtle; charset=utf-8' },
  jsonld: { mediaType: 'application/ld+json; charset=utf-8' },
  rdf: { mediaType: 'application/rdf+xml; charset=utf-8' },
  xml: { mediaType: 'application/rdf+xml; charset=utf-8' },
} as const;
export type RdfFormat = keyof typeof RDF_FORMATS;

const PREFIXES: Record<string, string> = { ...RDF_NAMESPACES };

/** Turtle with the usual prefixes (dcat:, dct:, foaf: ...), written by n3. */
function writeWith(format: 'Turtle' | 'N-Quads', quads: readonly Quad[]): Promise<string> {
  const writer = new Writer(format === 'Turtle' ? { prefixes: PREFIXES, format } : { format });
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

/**
 * Compacted JSON-LD: jsonld.js reads the triples (through N-Quads, its documented input) and
 * compacts them with an inline context of the same prefixes, so no context is ever fetched.
 */
async function writeJsonLd(quads: readonly Quad[]): Promise<string> {
  const expanded = await jsonld.fromRDF(await writeWith('N-Quads', quads), { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, PREFIXES);
  return JSON.stringify(compacted, null, 2);
}

/** graphy's RDF/XML scribe: an RDF/JS writable stream in object mode (the package ships no types). */
type XmlScribe = (config: {
  prefixes: Record<string, string>;
}) => Writable & { on(event: 'data', listener: (chunk: string) => void): void };
const xmlScribe = createRequire(import.meta.url)('@graphy/content.xml.scribe') as XmlScribe;

function writeRdfXml(quads: readonly Quad[]): Promise<string> {
  const scribe = xmlScribe({ prefixes: PREFIXES });
  let text = '';
  return new Promise((resolve, reject) => {
    scribe.on('data', (chunk: string) => (text += chunk));
    scribe.on('error', reject);
    scribe.on('end', () => resolve(text));
    for (const triple of quads) scribe.write(triple);
    scribe.end();
  });
}

/** The graph in one serialization; the catalogue is metadata of a few datasets a page, so a string is small. */
export function serializeRdf(quads: readonly Quad[], format: RdfFormat): Promise<string> {
  if (format === 'ttl') return writeWith('Turtle', quads);
  if (format === 'jsonld') return writeJsonLd(quads);
  return writeRdfXml(quads);
}
