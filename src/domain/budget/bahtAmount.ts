/**
 * Money in baht as people type it into a budget sheet, held as whole satang
 * (1 baht = 100 satang) so a total of 77 provinces' lines is exact: adding
 * floating-point baht drifts by a satang now and then, and a published total
 * that differs from the sum of its rows is the first thing a reader checks.
 */

/** The largest amount one line may hold: a trillion baht, above any single programme (the whole FY2570 budget is 3.78 trillion). */
export const bahtMax = 1_000_000_000_000;

/**
 * `1,234,567.5`, ` 12 `, `0.25` → satang; anything else (a negative, a word,
 * more than two decimals, beyond `bahtMax`) → null.
 */
export function parseBaht(text: string): number | null {
  const cleaned = text.replace(/[,\s]/gu, '').replace(/^฿/u, '');
  const match = /^\+?(\d+)(?:\.(\d{1,2}))?$/u.exec(cleaned);
  if (!match) return null;
  const baht = Number(match[1]);
  if (baht > bahtMax) return null;
  return baht * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Satang back to baht for the API and the database (`numeric(16,2)` reads the decimal text exactly). */
export function satangToBaht(satang: number): number {
  return satang / 100;
}

/** Satang as the decimal text a `numeric` column takes without rounding. */
export function satangText(satang: number): string {
  return `${Math.trunc(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
}
