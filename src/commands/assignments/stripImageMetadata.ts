import sharp, { type Sharp } from 'sharp';
import { AppError } from '../../domain/errors.ts';

/** A 60-megapixel ceiling: larger pictures are refused before they are decoded (a decompression bomb). */
const imagePixelsMax = 60_000_000;

/**
 * Opens an image for re-encoding, turned the way its EXIF orientation says,
 * so the picture still stands upright once that EXIF is gone. sharp writes no
 * metadata (EXIF, GPS, XMP, IPTC, ICC, comments) unless asked to keep it.
 */
export function uprightImage(data: Buffer, options: { animated?: boolean } = {}): Sharp {
  return sharp(data, { limitInputPixels: imagePixelsMax, animated: options.animated ?? false }).rotate();
}

/** An image that sharp could not read is refused as not an image, never a 500. */
export const unreadableImage = () =>
  new AppError('file_type_not_allowed', { th: 'อ่านรูปนี้ไม่ได้ โปรดเลือกรูปอื่น', en: 'This image could not be read. Choose another.' });

/** The image types re-encoded in their own format: the evidence keeps its format, size and name. */
const encoders: Record<string, (image: Sharp) => Sharp> = {
  'image/jpeg': (image) => image.jpeg({ quality: 90 }),
  'image/png': (image) => image.png(),
  'image/webp': (image) => image.webp({ quality: 90 }),
  'image/gif': (image) => image.gif(),
};

/**
 * Staff evidence photos are re-encoded without their metadata, as public
 * complaint photos are: a phone's photo carries where it was taken (GPS), when,
 * and the phone's make and serial, personal data that the evidence does not
 * need and that would leave with every download (PDPA s. 22, data
 * minimisation; OWASP ASVS 12.1). Other files (PDF, documents, text) are
 * returned as they came.
 */
export async function stripImageMetadata(data: Buffer, contentType: string): Promise<Buffer> {
  const encode = encoders[contentType];
  if (!encode) return data;
  try {
    // Every frame of an animated GIF or WebP is kept; a still image is one frame.
    return await encode(uprightImage(data, { animated: true })).toBuffer();
  } catch {
    throw unreadableImage();
  }
}
