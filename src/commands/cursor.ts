import { AppError } from '../domain/errors.ts';

/**
 * What one value of a cursor must be. The cursor comes back from the client,
 * so each value is checked before it reaches SQL: a forged cursor is a 400,
 * never a failed cast and a 500 (`'x'::timestamptz`, a NUL in text, a number
 * past bigint).
 */
export type CursorPart = 'string' | 'number' | 'timestamp' | 'uuid';

const fits: Record<CursorPart, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string' && !value.includes('\u0000'),
  number: (value) => typeof value === 'number' && Number.isSafeInteger(value),
  // As Date#toISOString writes it, which is how the server encodes a time.
  timestamp: (value) =>
    typeof value === 'string' && /^(?!0000)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value)),
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};

/**
 * Keyset cursors are opaque to clients: base64url of a small JSON array. List reads decode
 * and make them, so a page's keyset stays next to the query that orders it.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly CursorPart[]): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === shape.length && values.every((value, i) => fits[shape[i]!](value))) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', {
    fields: [{ path: '/cursor', th: 'ค่า cursor ไม่ถูกต้อง โปรดเริ่มจากหน้าแรก', en: 'The cursor is not valid. Start from the first page.' }],
  });
}
