import { AppError } from '../domain/errors.ts';

/**
 * Keyset cursors are opaque to clients: base64url of a small JSON array. List reads decode
 * and make them, so a page's keyset stays next to the query that orders it.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === shape.length && values.every((value, i) => typeof value === shape[i])) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', {
    fields: [{ path: '/cursor', th: 'ค่า cursor ไม่ถูกต้อง โปรดเริ่มจากหน้าแรก', en: 'The cursor is not valid. Start from the first page.' }],
  });
}
