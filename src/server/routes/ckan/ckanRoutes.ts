import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { readOpenDataCatalogue } from '../../../commands/opendata/readOpenDataCatalogue.ts';
import type { AppError } from '../../../domain/errors.ts';
import { runCkanAction, type CkanAction, type CkanParams } from '../../../domain/opendata/ckanActions.ts';
import type { AppDeps } from '../../appDeps.ts';
import { statusOf, toAppError } from '../../plugins/errorHandler.ts';
import { CkanActionParams, CkanAnswer, CkanBody, CkanQuery } from './ckanSchema.ts';

/** CKAN's error `__type` by HTTP status (ckan/views/api.py). */
const CKAN_ERROR_TYPES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Authorization Error',
  404: 'Not Found Error',
  409: 'Validation Error',
  429: 'Rate Limit Error',
};

/** Reads are public and limited per address; a full harvest of the catalogue is a few dozen calls. */
const ckanReadLimit = { max: 300, timeWindow: 60_000 };

const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

function helpUrl(request: FastifyRequest, action: string): string {
  return `${originOf(request)}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
}

function actionOf(request: FastifyRequest): string {
  return /\/api\/(?:3\/)?action\/([^/?#]*)/.exec(request.url)?.[1] ?? '';
}

/**
 * CKAN's error shape, with Tidtam's stable `code` and the Thai message beside CKAN's English one.
 * A validation error also names each field with its messages, as CKAN does (`{"id": ["Missing value"]}`).
 * An unknown action is CKAN's 400; a bad parameter is CKAN's 409 Validation Error.
 */
function sendCkanError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const unknownAction = error.code === 'validation_failed' && error.fields.some((field) => field.path.startsWith('params'));
  const status = unknownAction
    ? 400
    : error.code === 'validation_failed'
      ? 409
      : error.code === 'malformed_body' || error.code === 'unsupported_media_type'
        ? 400
        : statusOf[error.code];
  const action = actionOf(request);
  const body = unknownAction
    ? {
        __type: 'Bad Request',
        code: 'route_not_found',
        message: `Bad request - Action name not known: ${action}`,
        messageTh: `คำขอไม่ถูกต้อง ไม่รู้จักคำสั่ง ${action}`,
      }
    : {
        __type: CKAN_ERROR_TYPES[status] ?? 'Internal Server Error',
        code: error.code,
        message: error.message,
        messageTh: error.th,
        ...Object.fromEntries(error.fields.map((field) => [field.path.replace(/^(querystring|body)\/?/, ''), [field.en]])),
      };
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({ help: helpUrl(request, action), success: false, error: body });
}

/**
 * CKAN's Action API 3 at `/api/3/action/:action`, so the Thai Government Data Catalog (GD-Catalog)
 * harvests Tidtam as it harvests agencies' CKAN catalogues. GET with query parameters and POST
 * with a JSON body, as CKAN accepts; answers in CKAN's envelope `{help, success, result}`.
 * Absolute URLs are made from the request's origin, which honours TRUST_PROXY.
 */
const ckanActionApi: FastifyPluginAsyncTypebox<AppDeps & { prefix: string }> = async (app, deps) => {
  app.setErrorHandler((error, request, reply) => sendCkanError(request, reply, toAppError(error as FastifyError, request)));

  const answer = async (request: FastifyRequest, action: CkanAction, params: CkanParams) => {
    const catalogue = await readOpenDataCatalogue(request.readDb);
    const result = runCkanAction(action, params, {
      catalogue,
      origin: originOf(request),
      now: deps.clock.now(),
      siteTitle: 'ติดตาม (Tidtam)',
    });
    return { help: helpUrl(request, action), success: true as const, result };
  };

  const tags = ['ckan'];
  const where = deps.prefix === '/api/action' ? ' at CKAN’s version-less path, which ckanapi’s RemoteCKAN calls' : '';
  app.get(
    '/:action',
    {
      schema: {
        tags,
        summary: `CKAN Action API 3: a read action with query parameters${where} (public; CKAN envelope)`,
        params: CkanActionParams,
        querystring: CkanQuery,
        response: { 200: CkanAnswer },
        security: [],
      },
      config: { rateLimit: ckanReadLimit, ignoresForeignAuthorization: true },
    },
    async (request) => answer(request, request.params.action, request.query),
  );
  app.post(
    '/:action',
    {
      schema: {
        tags,
        summary: `CKAN Action API 3: a read action with a JSON body${where} (public; CKAN envelope)`,
        params: CkanActionParams,
        body: CkanBody,
        response: { 200: CkanAnswer },
        security: [],
      },
      config: { rateLimit: ckanReadLimit, ignoresForeignAuthorization: true },
      // CKAN answers a POST without a body as a call without parameters.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) => answer(request, request.params.action, request.body),
  );
};

/**
 * Mounted under its own prefixes, so CKAN's error envelope covers the Action API only: `/api/3/action/`
 * (what ckanext-harvest calls) and `/api/action/` (CKAN's version-less path, which ckanapi calls).
 */
export const ckanRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(ckanActionApi, { ...deps, prefix: '/api/3/action' });
  await app.register(ckanActionApi, { ...deps, prefix: '/api/action' });
};
