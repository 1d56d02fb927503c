import type { ApiError } from '../api/client.ts';

/** One problem to show beside a field and in the error summary; `field` is the id of the control to focus. */
export interface FormError {
  field: string;
  text: string;
}

/** `body/title`, `/targets/unitIds` → `title`, `targets/unitIds`: the API's field path without its location. */
export function cleanPath(path: string): string {
  return path.replace(/^(body|querystring|params)(?=\/|$)/, '').replace(/^\/+/, '');
}

/**
 * The API's field problems as form errors, in the reader's language. The
 * API's generic validation messages start with the path ("body/title: ...");
 * the form shows its own label instead, so the prefix is dropped.
 */
export function apiFieldErrors(error: ApiError, locale: 'th' | 'en', fieldFor: (path: string) => string | undefined): FormError[] {
  const seen = new Set<string>();
  const errors: FormError[] = [];
  for (const problem of error.fields) {
    const path = cleanPath(problem.path);
    const field = fieldFor(path);
    if (!field || seen.has(field)) continue;
    seen.add(field);
    const text = locale === 'th' ? problem.th : problem.en;
    errors.push({ field, text: text.replace(/^[\w/-]+: /, '') });
  }
  return errors;
}

/** The default mapping: a path's first segment is the field's id. */
export const firstSegment = (path: string): string | undefined => path.split('/')[0] || undefined;
