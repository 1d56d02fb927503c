import type { ErrorResponse, FieldProblem } from '../../shared/api/common.ts';
import type { SessionView } from '../../shared/api/session.ts';

/**
 * The one way the browser talks to the API: same-origin cookies, JSON, and the
 * CSRF token from GET /api/session sent on every unsafe request. A 401 hands
 * control to the session (which sends the person to sign in and back).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageEn: string,
    readonly messageTh: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(messageEn);
    this.name = 'ApiError';
  }

  /** The message in the reader's language. */
  text(locale: 'th' | 'en'): string {
    return locale === 'th' ? this.messageTh : this.messageEn;
  }
}

const networkError = () =>
  new ApiError(
    0,
    'network',
    'The service could not be reached. Check your connection and try again.',
    'ติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง',
  );

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API says the session is gone (expired, signed out elsewhere). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  json?: unknown;
  form?: FormData;
  /** A 401 is an answer, not a lost session (signing in, checking whether signed in). */
  expect401?: boolean;
  /** Extra request headers, such as an Idempotency-Key. */
  headers?: Record<string, string>;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const { error } = (await response.json()) as ErrorResponse;
    return new ApiError(response.status, error.code, error.message, error.messageTh, error.fields ?? []);
  } catch {
    return new ApiError(response.status, 'internal', 'Something went wrong on our side. Try again.', 'ระบบขัดข้อง โปรดลองใหม่อีกครั้ง');
  }
}

/** A fresh CSRF token, after the old one was refused (its secret cookie rotated). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/session', {});
  if (!response.ok || response.status === 204) return false;
  csrfToken = ((await response.json()) as SessionView).csrfToken;
  return true;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 403 && UNSAFE.has(method)) {
    const error = await errorFrom(response.clone());
    if (error.code === 'csrf_invalid' && (await refreshCsrfToken())) response = await send(method, path, options);
  }
  // 204: an answer without a body (GET /api/session when no one is signed in).
  if (response.status === 204) return null as T;
  if (response.ok) return (await response.json()) as T;
  const error = await errorFrom(response);
  if (response.status === 401 && !options.expect401) onUnauthenticated();
  throw error;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, json: unknown = {}, options?: RequestOptions) => request<T>('POST', path, { ...options, json }),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  put: <T>(path: string, json: unknown = {}) => request<T>('PUT', path, { json }),
};

/** A query string from the parameters that have a value. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
