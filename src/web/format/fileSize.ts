/** "12.5 KB": sizes in kilobytes, the unit office staff know from e-mail limits. */
export function kilobytes(bytes: number, locale: 'th' | 'en'): string {
  const kb = bytes / 1024;
  return kb.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: kb < 10 ? 1 : 0 });
}

/** "PDF", "PNG": the kind of file from its content type. */
export function fileKind(contentType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'text/plain': 'TXT',
    'text/csv': 'CSV',
  };
  return known[contentType] ?? (contentType.split('/')[1] ?? contentType).toUpperCase();
}
