/** Limits that both the browser and the server check, kept in one place. */
export const limits = {
  titleMax: 300,
  bodyMax: 20_000,
  noteMax: 10_000,
  reasonMin: 3,
  reasonMax: 2_000,
  usernameMax: 64,
  /** NIST SP 800-63B and OWASP ASVS 2.1.1 ask for at least 12 (issue 9 finding 8); the strength check is `domain/accounts/passwordPolicy.ts`. */
  passwordMin: 12,
  passwordMax: 200,
  searchMax: 200,
  pageSizeMax: 100,
  pageSizeDefault: 25,
  targetsMax: 2_000,
  attachmentsPerReport: 10,
  attachmentBytesMax: 10 * 1024 * 1024,
  filenameMax: 200,
  /**
   * The largest size (±) of an indicator's value (baseline, target, trajectory, measurement), whichever way
   * it comes: the API, the form or a bulk-update sheet (issue 13, item 15: the sheet took -1e15). A trillion
   * is more than any count a unit reports, stays exact in double precision (integers to 2^53, about 9e15),
   * and refuses a mistyped exponent.
   */
  indicatorValueMax: 1e12,
} as const;

/** Whether an indicator value is a finite number within ±`limits.indicatorValueMax`. */
export function isIndicatorValueInRange(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= limits.indicatorValueMax;
}

/** File types accepted as evidence, checked by the file's content, not its name. */
export const allowedAttachmentTypes: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
  'text/csv',
];
