import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode, type FieldProblem } from '../../domain/errors.ts';

/** The one table from error code to HTTP status. */
export const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_body: 400,
  malformed_url: 400,
  uri_too_long: 414,
  unsupported_media_type: 415,
  payload_too_large: 413,
  file_type_not_allowed: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  weak_password: 400,
  reauthentication_failed: 403,
  session_required: 403,
  insufficient_scope: 403,
  csrf_invalid: 403,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_transition: 409,
  stale_write: 409,
  synonym_term_taken: 409,
  follow_up_closed: 409,
  invalid_target: 422,
  requester_identity_required: 422,
  info_request_withdrawn: 409,
  info_request_already_answered: 409,
  appeal_deadline_passed: 409,
  objection_not_available: 409,
  objection_not_open: 409,
  objection_already_extended: 409,
  publish_consent_missing: 409,
  sign_in_throttled: 429,
  rate_limited: 429,
  internal: 500,
};

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.status(statusOf[error.code]).send({
    error: { code: error.code, message: error.message, messageTh: error.th, fields: error.fields, requestId: request.id },
  });
}

/** Fastify's own error codes that mean the client sent something wrong. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_TYPE: 'malformed_body',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_PARTS_LIMIT: 'payload_too_large',
  FST_FILES_LIMIT: 'payload_too_large',
  FST_FIELDS_LIMIT: 'payload_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
  FST_CSRF_INVALID_TOKEN: 'csrf_invalid',
  FST_CSRF_MISSING_SECRET: 'csrf_invalid',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_BAD_URL: 'malformed_url',
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
  FST_ERR_ASYNC_CONSTRAINT: 'malformed_url',
};

function validationFields(error: FastifyError): FieldProblem[] {
  return (error.validation ?? []).slice(0, 20).map((issue) => {
    const missing = issue.keyword === 'required' ? `/${String((issue.params as { missingProperty?: string }).missingProperty)}` : '';
    const extra =
      issue.keyword === 'additionalProperties' ? `/${String((issue.params as { additionalProperty?: string }).additionalProperty)}` : '';
    const where = `${error.validationContext ?? 'body'}${issue.instancePath}${missing}${extra}`;
    return {
      path: where,
      en: `${where}: ${issue.message ?? 'is not valid'}`,
      th: `${where}: ${thaiValidationMessage(issue.keyword)}`,
    };
  });
}

function thaiValidationMessage(keyword: string): string {
  switch (keyword) {
    case 'required':
      return 'ต้องกรอกข้อมูลนี้';
    case 'additionalProperties':
      return 'มีช่องข้อมูลที่ไม่รู้จัก โปรดนำออก';
    case 'maxLength':
    case 'maxItems':
    case 'maximum':
      return 'ยาวหรือมากเกินกำหนด';
    case 'minLength':
    case 'minItems':
    case 'minimum':
      return 'สั้นหรือน้อยเกินกำหนด';
    case 'format':
    case 'pattern':
      return 'รูปแบบไม่ถูกต้อง';
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return 'ค่าที่เลือกไม่อยู่ในรายการที่รับได้';
    case 'type':
      return 'ชนิดข้อมูลไม่ถูกต้อง';
    default:
      return 'ข้อมูลไม่ถูกต้อง';
  }
}

/**
 * What any thrown error means to the client: an `AppError` as it is, a schema
 * or framework refusal (bad JSON, a wrong content type, a CSRF failure...) as
 * its stable code, anything else `internal` (logged). Shared by every error
 * handler, whatever shape it answers in (the API's, Open311's).
 */
export function toAppError(error: FastifyError | AppError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) return new AppError('validation_failed', { fields: validationFields(error) });
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return new AppError(mapped);
  if (error.statusCode === 429) return new AppError('rate_limited');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.info({ err: error }, 'client error');
    return new AppError('validation_failed', { en: error.message });
  }
  request.log.error({ err: error }, 'unexpected error');
  return new AppError('internal');
}

/**
 * Converts every error to the one error shape; anything unexpected is a 500 that is logged and says nothing was saved.
 * `notFound` answers unknown routes first (the browser app's page for its client-side routes); Fastify allows one
 * not-found handler per app, so it is set here or nowhere.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  options: { notFound?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined } = {},
): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => sendError(reply, request, toAppError(error, request)));

  app.setNotFoundHandler(
    (request, reply) => options.notFound?.(request, reply) ?? sendError(reply, request, new AppError('route_not_found')),
  );
}

/** Errors the router raises before any handler (a bad URL, an over-long path parameter), in the same shape. */
export function frameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, request, new AppError((error.code && fastifyCodes[error.code]) || 'malformed_url'));
}
