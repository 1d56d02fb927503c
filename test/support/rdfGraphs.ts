import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import jsonld from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { projectRoot } from '../../src/projectRoot.ts';

/** Reads Turtle with n3's parser. */
export function parseTurtle(text: string, baseIRI?: string): Store {
  return new Store(new Parser({ format: 'text/turtle', ...(baseIRI ? { baseIRI } : {}) }).parse(text));
}

/** Reads JSON-LD with jsonld.js (to N-Quads) and n3. */
export async function parseJsonLd(text: string): Promise<Store> {
  const nquads = (await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' })) as unknown as string;
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
}

/** Reads RDF/XML with rdfxml-streaming-parser. */
export function parseRdfXml(text: string, baseIRI?: string): Promise<Store> {
  const store = new Store();
  return new Promise((resolve, reject) => {
    Readable.from([text])
      .pipe(new RdfXmlParser(baseIRI ? { baseIRI } : {}))
      .on('data', (quad: Quad) => store.addQuad(quad))
      .on('error', reject)
      .on('end', () => resolve(store));
  });
}

let shapes: Store | null = null;

/**
 * Validates a graph against SEMIC's DCAT-AP 3.0.0 SHACL shapes (`reference-data/opendata/`) with
 * rdf-validate-shacl; answers each result as one readable line, empty when the graph conforms.
 */
export async function dcatApViolations(data: Store): Promise<string[]> {
  shapes ??= parseTurtle(readFileSync(path.join(projectRoot, 'reference-data/opendata/dcat-ap-3.0.0-shacl-shapes.ttl'), 'utf8'));
  const report = await new SHACLValidator(shapes).validate(data);
  return report.results.map(
    (result) =>
      `${result.severity?.value.split('#')[1] ?? '?'} ${result.focusNode?.value ?? '?'} ${result.path?.value ?? ''}: ` +
      `${result.message.map((m) => m.value).join(' / ')} (${result.sourceConstraintComponent?.value.split('#')[1] ?? ''})`,
  );
}
