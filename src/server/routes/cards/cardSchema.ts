import { Type, type Static } from 'typebox';
export { IdParams as PolicyCardParams } from '../../schemas/common.ts';

/** A province's two-digit code (10 Bangkok, 50 Chiang Mai), as in `/cards/provinces/50.png`. */
/** An inspection zone's number (1–18, and 0 for the central zone, Bangkok), as in `/cards/zones/3.png`. */
export const ZoneCardParams = Type.Object({ number: Type.String({ pattern: '^[0-9]{1,2}$' }) }, { additionalProperties: false });
export const ProvinceCardParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{2}$' }) }, { additionalProperties: false });

/** A share card described for a page: where its PNG is and what it shows in words (`og:image:alt`). */
export const ShareCardInfo = Type.Object({
  imageUrl: Type.String({ description: 'Path of the 1200×630 PNG on this server' }),
  width: Type.Integer(),
  height: Type.Integer(),
  /** The card's figures as sentences, Thai and English. */
  altTh: Type.String(),
  altEn: Type.String(),
  /** Changes exactly when the picture does: the PNG's ETag. */
  version: Type.String(),
});
export type ShareCardInfo = Static<typeof ShareCardInfo>;
