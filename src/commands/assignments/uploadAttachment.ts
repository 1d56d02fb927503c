import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { insertAttachment, type AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import { AppError } from '../../domain/errors.ts';
import type { Role } from '../../domain/roles.ts';
import { allowedAttachmentTypes, limits } from '../../shared/limits.ts';
import type { CommandContext } from '../context.ts';
import { stripImageMetadata } from './stripImageMetadata.ts';

const uploaderRoles: readonly Role[] = ['delivery_unit', 'coordinator', 'officer', 'operator'];

/**
 * The type of a file is read from its bytes, never trusted from its name or
 * the browser's claim. Text files have no signature: they are accepted as
 * text when they decode as UTF-8 without control bytes.
 */
export async function sniffContentType(data: Buffer, filename: string): Promise<string | undefined> {
  const detected = await fileTypeFromBuffer(data);
  if (detected) return detected.mime;
  if (data.includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\uFFFD')) return undefined;
  return /\.csv$/i.test(filename) ? 'text/csv' : 'text/plain';
}

export async function uploadAttachment(ctx: CommandContext, input: { filename: string; data: Buffer }): Promise<AttachmentMeta> {
  if (!uploaderRoles.includes(ctx.actor.role)) throw new AppError('forbidden');
  if (input.data.length === 0) {
    throw new AppError('validation_failed', { fields: [{ path: '/file', th: 'ไฟล์ว่างเปล่า', en: 'The file is empty.' }] });
  }
  if (input.data.length > limits.attachmentBytesMax) throw new AppError('payload_too_large');
  const contentType = await sniffContentType(input.data, input.filename);
  if (!contentType || !allowedAttachmentTypes.includes(contentType)) throw new AppError('file_type_not_allowed');
  const filename = safeFilename(input.filename);
  const data = await stripImageMetadata(input.data, contentType);
  return insertAttachment(ctx.db, {
    uploadedBy: ctx.actor.userId,
    filename,
    contentType,
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
    now: ctx.clock.now(),
  });
}

/** A file name safe to store and to send back in a header: no path separators or control characters. */
export function safeFilename(name: string): string {
  const cleaned = [...name.normalize('NFC')]
    .map((char) => (char === '/' || char === '\\' || char.charCodeAt(0) < 32 ? '_' : char))
    .join('');
  return cleaned.slice(0, limits.filenameMax) || 'file';
}
