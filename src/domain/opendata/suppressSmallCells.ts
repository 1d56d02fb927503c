/**
 * The smallest count an open-data aggregate shows. A cell of 1 to 4 complaints in one district,
 * category and month can point at one household; statistical agencies suppress such cells for
 * the same reason (the UK ONS and Eurostat disclosure-control guides use thresholds of 3 to 10),
 * and the issue asks for 5. Zero is suppressed too: it is "under 5", and showing it would let a
 * reader tell a suppressed 1-4 from a true 0.
 */
export const OPEN_DATA_MIN_CELL = 5;

/**
 * Blanks (null) every count under the threshold in an aggregate row, leaving the row and its other
 * columns as they were, so the file still says that the cell exists and that it is small.
 */
export function suppressSmallCells<Row extends Record<string, unknown>, Key extends keyof Row>(
  row: Row,
  counts: readonly Key[],
  min: number = OPEN_DATA_MIN_CELL,
): { [K in keyof Row]: K extends Key ? number | null : Row[K] } {
  const out: Record<string, unknown> = { ...row };
  for (const key of counts) {
    const value = row[key];
    out[key as string] = typeof value === 'number' && value >= min ? value : null;
  }
  return out as { [K in keyof Row]: K extends Key ? number | null : Row[K] };
}
