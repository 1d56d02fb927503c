/**
 * Both engines return the same JavaScript types for the same PostgreSQL types:
 * - int8 (counts, identity ids) as number: every count Tidtam keeps fits in 2^53;
 * - numeric as number: indicator values are measurements, not money;
 * - date as the string `YYYY-MM-DD`, never a Date shifted by the time zone;
 * - timestamptz as Date (both drivers' default).
 */
export const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

export const parseInt8 = (value: string): number => Number(value);
export const parseNumeric = (value: string): number => Number(value);
export const parseDate = (value: string): string => value;
