import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Database } from '../../db/database.ts';
import { insertAttachment, type AttachmentMeta } from '../../db/queries/attachmentQueries.ts';
import type { Clock } from '../../domain/clock.ts';
import { complaintLimits } from '../../shared/complaintLimits.ts';
import { AppError } from '../../domain/errors.ts';
import { unreadableImage, uprightImage } from '../assignments/stripImageMetadata.ts';
import { safeFilename } from '../assignments/uploadAttachment.ts';

const photoTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic', 'image/heif', 'image/avif'];
const LONGEST_SIDE = 1600;

/**
 * A complaint photo, from anyone (the public form, an operator, LINE): an
 * image by its bytes (never its name), turned upright, shrunk to at most
 * 1600 px on the longer side and stored as JPEG without its metadata (a
 * phone's photo carries the place it was taken and the phone's make).
 * Attached to the complaint when it is filed.
 */
export async function uploadComplaintPhoto(
  deps: { db: Database; clock: Clock },
  input: { filename: string; data: Buffer; uploadedBy: string | null },
): Promise<AttachmentMeta> {
  if (input.data.length === 0)
    throw new AppError('validation_failed', { fields: [{ path: '/file', th: 'ไฟล์ว่างเปล่า', en: 'The file is empty.' }] });
  if (input.data.length > complaintLimits.photoBytesMax) throw new AppError('payload_too_large');
  const detected = await fileTypeFromBuffer(input.data);
  if (!detected || !photoTypes.includes(detected.mime)) {
    throw new AppError('file_type_not_allowed', {
      th: 'แนบได้เฉพาะรูปภาพ (JPEG, PNG, WebP, HEIC)',
      en: 'Only photos can be attached (JPEG, PNG, WebP, HEIC).',
    });
  }
  let data: Buffer;
  try {
    data = await uprightImage(input.data)
      .resize({ width: LONGEST_SIDE, height: LONGEST_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
  } catch {
    throw unreadableImage();
  }
  const base = safeFilename(input.filename).replace(/\.[^.]*$/, '') || 'photo';
  return insertAttachment(deps.db, {
    uploadedBy: input.uploadedBy,
    filename: `${base}.jpg`,
    contentType: 'image/jpeg',
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
    now: deps.clock.now(),
  });
}
