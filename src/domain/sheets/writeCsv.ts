import { stringify } from 'csv-stringify/sync';

/**
 * The characters with which a spreadsheet (Excel, LibreOffice, Google Sheets,
 * Numbers) starts a formula when it opens a CSV file: OWASP's CSV injection
 * list (`=`, `+`, `-`, `@`, tab, carriage return) and the full-width forms
 * Apple Numbers folds into them.
 */
const formulaLeads = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** A plain decimal number (`-5`, `+1.25`, `-1e-7`): every spreadsheet reads it as that number, never as a formula. */
const plainNumber = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Makes one cell safe to open in a spreadsheet: a cell that would start a
 * formula gets a single quote in front, so `=HYPERLINK("http://x","y")` or
 * `=cmd|' /C calc'!A0` is shown as text and never run (OWASP, CSV Injection).
 * A plain number is left alone, so `-5` in a value column stays a number
 * people can sum, and the template still imports as it was written.
 */
export function neutraliseCell(text: string): string {
  if (text === '' || !formulaLeads.has(text[0]!) || plainNumber.test(text)) return text;
  return `'${text}`;
}

/**
 * Undoes `neutraliseCell` on a cell read back from a sheet Tidtam wrote, so an
 * indicator or unit whose name starts with `-` or `=` round-trips through the
 * bulk-update template unchanged. Only a quote followed by a formula lead is
 * removed; any other leading quote is the person's own text.
 */
export function restoreCell(text: string): string {
  return text.length > 1 && text[0] === "'" && formulaLeads.has(text[1]!) ? text.slice(1) : text;
}

/**
 * Every CSV file Tidtam writes goes through here: cells are neutralised
 * against formula injection, csv-stringify does the quoting (RFC 4180), and a
 * UTF-8 byte-order mark leads the file so Excel shows Thai.
 */
export function writeCsv<Column extends string>(rows: readonly Readonly<Record<Column, string>>[], columns: readonly Column[]): Buffer {
  const safe = rows.map((row) => columns.map((column) => neutraliseCell(row[column])));
  const text = stringify([[...columns].map(neutraliseCell), ...safe]);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
