import type { FastifyInstance } from 'fastify';
import { forbiddenCharacterIn } from '../../domain/controlCharacters.ts';
import { AppError } from '../../domain/errors.ts';

/** The path of the first key or string value carrying a forbidden character, and which character. */
function findForbidden(value: unknown, path: string, depth = 0): { path: string; char: string } | undefined {
  if (typeof value === 'string') {
    const char = forbiddenCharacterIn(value);
    return char ? { path: path || '/', char } : undefined;
  }
  if (depth > 20 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const char = forbiddenCharacterIn(key);
    // The key itself is not repeated raw in the answer: it is the bad text.
    if (char) return { path: `${path}/${key.replace(/[^\p{L}\p{N}_\-[\]]/gu, '')}`, char };
    const found = findForbidden(inner, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses, with 400 `validation_failed` naming the field and the character,
 * any string in `value` (or any key) that carries a control character or
 * noncharacter that text may not carry (`domain/controlCharacters.ts`): NUL,
 * the other C0 controls but tab, line feed and carriage return, U+FFFE,
 * U+FFFF and lone surrogates. `where` names the part of the request
 * (`body`, `querystring`, `params`, a multipart field).
 */
export function rejectControlCharacters(value: unknown, where: string): void {
  const found = findForbidden(value, '');
  if (!found) return;
  const field = `${where}${found.path === '/' ? '' : found.path}`;
  throw new AppError('validation_failed', {
    fields: [
      {
        path: field,
        th: `${field}: มีอักขระควบคุม (${found.char}) ที่ระบบรับไม่ได้ โปรดลบออกแล้วส่งอีกครั้ง`,
        en: `${field}: contains the control character ${found.char}, which text may not carry. Remove it and send again.`,
      },
    ],
  });
}

/**
 * Checks the body, the query string and the path of every request before
 * validation, so no route has to remember to. Bodies that arrive as bytes
 * (the LINE webhook, whose signature covers the raw body) and multipart
 * fields (read by the handler) are checked where they are read, with the same
 * function.
 */
export function registerControlCharacterGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    rejectControlCharacters(request.body, 'body');
    rejectControlCharacters(request.query, 'querystring');
    rejectControlCharacters(request.params, 'params');
  });
}
