import { AppError } from '../errors.ts';

/**
 * The part of Solr's query syntax that CKAN clients send to `package_search` in `q` and `fq`:
 * `field:value`, `field:"quoted value"`, `field:(a OR b)`, ranges `field:[from TO to]` (inclusive)
 * and `{from TO to}` (exclusive) with `*`, ISO times and `NOW` date math (`NOW-1DAY`, `NOW/DAY`),
 * `*:*`, `+`/`-`/`NOT` prefixes, and terms joined by spaces, `AND` or `OR`. ckanext-harvest's CKAN
 * harvester sends exactly these: `organization:a OR organization:b`, `-groups:c`, and
 * `metadata_modified:[2026-01-01T00:00:00Z TO *]` for an incremental run, space-joined.
 * Space-joined clauses must all hold (CKAN's `q.op` is AND). A bare word is free text.
 */

export type CkanTerm =
  | { kind: 'all' }
  | { kind: 'text'; value: string }
  | { kind: 'field'; field: string; value: string }
  | { kind: 'range'; field: string; from: number | null; to: number | null; fromInclusive: boolean; toInclusive: boolean };

/** Terms of one clause, any of which may hold (`a OR b`); `negated` clauses must not hold. */
export interface CkanClause {
  negated: boolean;
  any: CkanTerm[];
}

export function invalidQuery(parameter: string, detail: string): AppError {
  return new AppError('validation_failed', {
    en: `Search query is invalid: ${detail}`,
    th: `คำค้นไม่ถูกต้อง: ${detail}`,
    fields: [{ path: parameter, en: `Search query is invalid: ${detail}`, th: `คำค้นไม่ถูกต้อง: ${detail}` }],
  });
}

/** What closes each opener; Solr allows a range to mix its ends, `[from TO to}`. */
const OPENERS: Record<string, string> = { '[': ']}', '{': ']}', '(': ')', '"': '"' };

/** Splits on whitespace outside brackets, braces, parentheses and quotes. */
function tokens(query: string, parameter: string): string[] {
  const out: string[] = [];
  let current = '';
  const closers: string[] = [];
  for (const char of query) {
    const open = closers.at(-1);
    if (open === '"') {
      current += char;
      if (char === '"') closers.pop();
      continue;
    }
    if (open?.includes(char)) {
      closers.pop();
      current += char;
      continue;
    }
    if (OPENERS[char]) {
      closers.push(OPENERS[char]!);
      current += char;
      continue;
    }
    if (/\s/.test(char) && closers.length === 0) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (closers.length > 0) throw invalidQuery(parameter, `unclosed ${closers.at(-1) === '"' ? 'quote' : 'bracket'}`);
  if (current) out.push(current);
  return out;
}

const UNIT_MS: Record<string, number> = { SECOND: 1000, MINUTE: 60_000, HOUR: 3_600_000, DAY: 86_400_000 };

function applyUnit(date: Date, amount: number, unit: string): Date {
  const next = new Date(date);
  if (unit === 'YEAR') next.setUTCFullYear(next.getUTCFullYear() + amount);
  else if (unit === 'MONTH') next.setUTCMonth(next.getUTCMonth() + amount);
  else next.setTime(next.getTime() + amount * UNIT_MS[unit]!);
  return next;
}

function roundDown(date: Date, unit: string): Date {
  const keep = ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND'].indexOf(unit);
  const fields = [
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  const floor = [0, 0, 1, 0, 0, 0];
  const [y, mo, d, h, mi, s] = fields.map((value, index) => (index <= keep ? value : floor[index]!));
  return new Date(Date.UTC(y!, mo!, d!, h!, mi!, s!));
}

/** A range end: `*`, an ISO time (a time without a zone is UTC, as in Solr), or `NOW` with date math. */
export function rangeEnd(value: string, now: Date, parameter: string): number | null {
  if (value === '*') return null;
  const math = /^NOW((?:[+-]\d{1,6}(?:YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)S?|\/(?:YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)S?)*)$/.exec(value);
  if (math) {
    let date = new Date(now);
    for (const step of math[1]!.matchAll(/([+-]\d+|\/)([A-Z]+?)S?(?=[+\-/]|$)/g)) {
      const unit = step[2]!;
      date = step[1] === '/' ? roundDown(date, unit) : applyUnit(date, Number(step[1]), unit);
    }
    return date.getTime();
  }
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value)) {
    const zoned = /T/.test(value) && !/(Z|[+-]\d{2}:\d{2})$/.test(value) ? `${value}Z` : value;
    const parsed = Date.parse(zoned.replace(/(\.\d{3})\d+/, '$1'));
    if (!Number.isNaN(parsed)) return parsed;
  }
  throw invalidQuery(parameter, `cannot read the time ${JSON.stringify(value)}`);
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function parseTerms(token: string, now: Date, parameter: string): CkanTerm[] {
  if (token === '*:*' || token === '*') return [{ kind: 'all' }];
  const colon = token.startsWith('"') ? -1 : token.indexOf(':');
  if (colon <= 0) return [{ kind: 'text', value: unquote(token) }];
  const field = token.slice(0, colon);
  const value = token.slice(colon + 1);
  if (!/^[a-z_][a-z0-9_.]*$/i.test(field)) throw invalidQuery(parameter, `unknown field ${JSON.stringify(field)}`);
  const range = /^([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])$/.exec(value);
  if (range) {
    return [
      {
        kind: 'range',
        field,
        from: rangeEnd(range[2]!, now, parameter),
        to: rangeEnd(range[3]!, now, parameter),
        fromInclusive: range[1] === '[',
        toInclusive: range[4] === ']',
      },
    ];
  }
  if (value.startsWith('(') && value.endsWith(')')) {
    return tokens(value.slice(1, -1), parameter)
      .filter((part) => part !== 'OR' && part !== '||')
      .map((part) => ({ kind: 'field' as const, field, value: unquote(part) }));
  }
  if (!value) throw invalidQuery(parameter, `no value for ${field}`);
  return [{ kind: 'field', field, value: unquote(value) }];
}

/** Reads `q` or `fq` into clauses that must all hold. */
export function parseCkanQuery(query: string, now: Date, parameter: 'q' | 'fq'): CkanClause[] {
  const clauses: CkanClause[] = [];
  let joinNext = false;
  let negateNext = false;
  for (const token of tokens(query, parameter)) {
    if (token === 'AND' || token === '&&') continue;
    if (token === 'OR' || token === '||') {
      if (clauses.length === 0) throw invalidQuery(parameter, 'OR without a term before it');
      joinNext = true;
      continue;
    }
    if (token === 'NOT') {
      negateNext = true;
      continue;
    }
    let body = token;
    let negated = negateNext;
    negateNext = false;
    if (body.startsWith('-') || body.startsWith('!')) {
      negated = true;
      body = body.slice(1);
    } else if (body.startsWith('+')) body = body.slice(1);
    if (!body) continue;
    const terms = parseTerms(body, now, parameter);
    const last = clauses.at(-1);
    if (joinNext && last && !negated && !last.negated) last.any.push(...terms);
    else clauses.push({ negated, any: terms });
    joinNext = false;
  }
  if (joinNext) throw invalidQuery(parameter, 'OR without a term after it');
  return clauses;
}

export interface CkanSortKey {
  field: string;
  descending: boolean;
}

/** Fields `sort` accepts, as CKAN's Solr index names them. */
export const CKAN_SORT_FIELDS = [
  'id',
  'name',
  'title',
  'title_string',
  'metadata_modified',
  'metadata_created',
  'score',
  'num_resources',
  'num_tags',
] as const;

/** Reads `sort` (`id asc`, `metadata_modified desc, name asc` ...). */
export function parseCkanSort(sort: string): CkanSortKey[] {
  return sort
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [field = '', direction = 'asc', ...rest] = part.split(/\s+/);
      if (rest.length > 0 || !(CKAN_SORT_FIELDS as readonly string[]).includes(field) || !/^(asc|desc)$/i.test(direction)) {
        throw invalidQuery('sort', `cannot sort by ${JSON.stringify(part)}`);
      }
      return { field, descending: direction.toLowerCase() === 'desc' };
    });
}
