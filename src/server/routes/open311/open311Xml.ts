import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { toXmlCharacters } from '../../../domain/controlCharacters.ts';

/**
 * Open311 GeoReport v2 answers in XML as well as JSON, with the same content:
 * a list is an element holding one child per item (`<services><service>`,
 * `<service_requests><request>`, `<errors><error>`), a null is an empty
 * element. These are the list names and their item names the spec uses.
 */
const itemNames: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function toXmlTree(value: Json, name: string): unknown {
  if (Array.isArray(value)) {
    const item = itemNames[name];
    if (!item) throw new Error(`Open311 XML: no item name for the list ${name}`);
    return { [item]: value.map((entry) => toXmlTree(entry, item)) };
  }
  if (value === null) return '';
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toXmlTree(entry, key)]));
  }
  // Input refuses control characters, but a row written before that or by SQL may still hold one:
  // the writer itself never emits a character XML 1.0 forbids, so one complaint cannot break the feed.
  return toXmlCharacters(String(value));
}

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, processEntities: true });

/**
 * Serialises an Open311 answer: `root` is the element the spec names (`services`, `service_requests`,
 * `service_definition`, `discovery`, `errors`). Always a well-formed XML 1.0 document: text is
 * escaped by the builder and any character outside XML's `Char` production (C0 controls, U+FFFE,
 * U+FFFF, lone surrogates) becomes U+FFFD.
 */
export function toOpen311Xml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: toXmlTree(value as Json, root) }) as string}`;
}

const listNames = new Set(Object.keys(itemNames));

/**
 * Reads an Open311 XML answer back into its JSON shape, using the field
 * types of the JSON Schemas (numbers, booleans, null for empty), so a test
 * can check that the XML says exactly what the JSON says. Clients of ours
 * that speak XML use the same reading.
 */
export function fromOpen311Xml(xml: string, types: { numbers?: string[]; booleans?: string[] } = {}): { root: string; value: unknown } {
  const parser = new XMLParser({
    ignoreDeclaration: true,
    parseTagValue: false,
    trimValues: false,
    isArray: (_name, jpath) => {
      const parts = String(jpath).split('.');
      const parent = parts[parts.length - 2];
      return parent !== undefined && listNames.has(parent) && itemNames[parent] === parts[parts.length - 1];
    },
  });
  const parsed = parser.parse(xml) as Record<string, unknown>;
  const [root] = Object.keys(parsed);
  if (!root) throw new Error('Open311 XML: no root element');
  const numbers = new Set(types.numbers ?? ['lat', 'long', 'order']);
  const booleans = new Set(types.booleans ?? ['metadata', 'variable', 'required']);
  const convert = (value: unknown, name: string, parent = ''): unknown => {
    if (listNames.has(name)) {
      if (value === '' || value === undefined) return [];
      const items = (value as Record<string, unknown>)[itemNames[name]!];
      return (Array.isArray(items) ? items : [items]).map((item) => convert(item, itemNames[name]!));
    }
    if (value === '') return null;
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, convert(entry, key, name)]));
    }
    // An error's code is the HTTP status, a number; an attribute's code is a string.
    if (numbers.has(name) || (name === 'code' && parent === 'error')) return Number(value);
    if (booleans.has(name)) return value === 'true';
    return value;
  };
  return { root, value: convert(parsed[root], root) };
}
