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
} as const;

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
