/**
 * Limits of a complaint that the browser and the server both check: the public
 * form refuses what the API would refuse, before the citizen sends it (the
 * server still checks; ASVS 4.0 V5.1.3, input validated on a trusted layer).
 */
export const complaintLimits = {
  descriptionMin: 5,
  descriptionMax: 5_000,
  titleMax: 200,
  addressMax: 500,
  nameMax: 200,
  emailMax: 254,
  photosMax: 5,
  photoBytesMax: 10 * 1024 * 1024,
  idempotencyKeyMax: 200,
  externalRefMax: 200,
  /** Likely duplicates: same category, within this distance or the same subdistrict, this many days back. */
  duplicateRadiusMetres: 200,
  duplicateDays: 30,
  duplicateMinSimilarity: 0.3,
  reopenWithinDays: 30,
} as const;
