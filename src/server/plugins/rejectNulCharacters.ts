import type { FastifyInstance } from 'fastify';
import { AppError } from '../../domain/errors.ts';

/**
 * PostgreSQL text cannot hold the NUL character (U+0000); a string carrying
 * one would fail deep in a query. It is refused here, before validation, with
 * the path of the field, for the body, the query string and the path.
 */
function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '/' : undefined;
  if (depth > 20 || value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path}/${key.split('\u0000').join('')}`;
    const found = findNul(inner, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['body', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const) {
      const path = findNul(value, '');
      if (path) {
        throw new AppError('validation_failed', {
          fields: [
            {
              path: `${where}${path}`,
              th: `${where}${path}: มีอักขระควบคุม (NUL) ที่ระบบรับไม่ได้ โปรดลบออก`,
              en: `${where}${path}: contains a NUL character, which cannot be stored. Remove it.`,
            },
          ],
        });
      }
    }
  });
}
