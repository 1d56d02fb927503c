import type { RedactionScope } from '../../shared/infoRequests.ts';
import { personalDataParts } from '../complaints/maskPersonalData.ts';

/**
 * Redaction of an information request's text before it is published on the disclosure log.
 * Three passes, in this order:
 * 1. the redaction rules of the four scopes (site, agency, requester, request) and, always, the
 *    requester's own name, e-mail, phone and citizen id from their contact row: each pattern is
 *    literal and case-insensitive, found anywhere (Thai is written without spaces, so there are no
 *    word boundaries to rely on), a run of spaces in a pattern matches any run of white space, and
 *    the longest pattern claims its text first (a rule for "สมชาย ใจดี" wins over one for "สมชาย");
 *    the requester's numbers are found digit by digit, whatever is written between the digits;
 * 2. the personal-data mask of complaints (`maskPersonalData`: phones, citizen ids, e-mails, LINE
 *    ids, names after an honorific) over what the first pass left;
 * The answer is the redacted text and its parts, each replaced part saying why, so the staff
 * preview highlights every replacement. The requester's own details are never echoed back, even
 * to staff: the preview says "the requester's name" instead (their contact is read only through
 * the logged contact read).
 */

export interface RedactionRule {
  id: string;
  scope: RedactionScope;
  pattern: string;
  replacement: string;
}

/** The requester's contact row, as far as it can appear in text. */
export interface RequesterDetails {
  name: string | null;
  email: string | null;
  phone: string | null;
  citizenId: string | null;
}

export type RedactionKind = 'rule' | 'requester' | 'personal_data';
export type RequesterField = 'name' | 'email' | 'phone' | 'citizen_id';

export interface Replacement {
  kind: RedactionKind;
  /** For a rule: its id and scope. */
  ruleId?: string;
  scope?: RedactionScope;
  /** For the requester's own details: which of them (never the value). */
  field?: RequesterField;
  /** The words replaced, for a rule and the mask; never for the requester's details. */
  original?: string;
}

export interface RedactedPart {
  text: string;
  replaced?: Replacement;
}

export interface RedactedText {
  text: string;
  parts: RedactedPart[];
}

/** What replaces the requester's own details. */
export const REQUESTER_REPLACEMENT = '[ผู้ขอ]';

interface Candidate {
  regex: RegExp;
  /** Longer patterns first; the requester's details before a rule of the same length. */
  weight: number;
  replacement: string;
  replaced: (original: string) => Replacement;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal pattern: escaped, white space as any run of white space, case-insensitive. */
function literal(pattern: string): RegExp | null {
  const words = pattern.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map(escape).join('\\s+'), 'giu');
}

/** A number, digit by digit (ASCII, Thai or full-width), with up to three separators between digits. */
function digitsPattern(digits: string): RegExp {
  const sep = '[\\s\\-._()\\u200b-\\u200d\\u2060\\ufeff]{0,3}';
  const one = (d: string) => `[${d}${THAI_DIGITS[Number(d)]}${String.fromCharCode(0xff10 + Number(d))}]`;
  return new RegExp(`(?<![0-9๐-๙０-９])${[...digits].map(one).join(sep)}(?![0-9๐-๙０-９])`, 'gu');
}

/** A phone number as written at home (0 81...) or with the country code (+66 81...). */
function phonePattern(digits: string): RegExp {
  const national = digits.replace(/^(?:66|0)/, '');
  const body = digitsPattern(national).source.replace(/^\(\?<!\[[^\]]+\]\)/, '');
  return new RegExp(
    `(?<![0-9๐-๙０-９])(?:\\(?(?:\\+\\s?66|66)\\)?[\\s\\-.]{0,2}(?:\\(0\\)|0)?|\\(?[0๐０])?\\)?[\\s\\-.]{0,2}${body}`,
    'gu',
  );
}

function requesterCandidates(requester: RequesterDetails): Candidate[] {
  const out: Candidate[] = [];
  const add = (field: RequesterField, regex: RegExp | null, weight: number) => {
    if (regex)
      out.push({ regex, weight: weight + 0.5, replacement: REQUESTER_REPLACEMENT, replaced: () => ({ kind: 'requester', field }) });
  };
  const name = requester.name?.trim();
  if (name) {
    add('name', literal(name), name.length);
    // Each part of the name alone (a first name, a surname) when long enough to be a name.
    for (const part of name.split(/\s+/)) if (part.length >= 3) add('name', literal(part), part.length);
  }
  const email = requester.email?.trim();
  if (email) {
    add('email', literal(email), email.length);
    const local = email.split('@')[0] ?? '';
    if (local.length >= 3) add('email', literal(local), local.length);
  }
  const phone = requester.phone?.replace(/[^0-9]/g, '');
  if (phone && phone.length >= 6) add('phone', phonePattern(phone), phone.length);
  const citizenId = requester.citizenId?.replace(/[^0-9]/g, '');
  if (citizenId && citizenId.length >= 6) add('citizen_id', digitsPattern(citizenId), citizenId.length);
  return out;
}

function ruleCandidates(rules: readonly RedactionRule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    const regex = literal(rule.pattern);
    if (!regex) continue;
    out.push({
      regex,
      weight: rule.pattern.trim().length,
      replacement: rule.replacement,
      replaced: (original) => ({ kind: 'rule', ruleId: rule.id, scope: rule.scope, original }),
    });
  }
  return out;
}

interface Claim {
  start: number;
  end: number;
  candidate: Candidate;
}

/** Redacts one text: rules and the requester's details (longest first), then the personal-data mask. */
export function redactText(text: string, rules: readonly RedactionRule[], requester: RequesterDetails): RedactedText {
  const source = text.normalize('NFC');
  const candidates = [...requesterCandidates(requester), ...ruleCandidates(rules)].sort((a, b) => b.weight - a.weight);
  const claims: Claim[] = [];
  for (const candidate of candidates) {
    for (const match of source.matchAll(candidate.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) continue;
      if (claims.some((claim) => claim.start < end && start < claim.end)) continue;
      claims.push({ start, end, candidate });
    }
  }
  claims.sort((a, b) => a.start - b.start);
  const parts: RedactedPart[] = [];
  const plain = (piece: string) => {
    for (const part of personalDataParts(piece)) {
      parts.push(
        part.original === undefined
          ? { text: part.text }
          : { text: part.text, replaced: { kind: 'personal_data', original: part.original } },
      );
    }
  };
  let cursor = 0;
  for (const claim of claims) {
    plain(source.slice(cursor, claim.start));
    parts.push({ text: claim.candidate.replacement, replaced: claim.candidate.replaced(source.slice(claim.start, claim.end)) });
    cursor = claim.end;
  }
  plain(source.slice(cursor));
  // Neighbouring plain parts joined, so a reader's page holds as few pieces as the replacements need.
  const joined: RedactedPart[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (last && !last.replaced && !part.replaced) last.text += part.text;
    else joined.push({ ...part });
  }
  return { text: joined.map((part) => part.text).join(''), parts: joined };
}
