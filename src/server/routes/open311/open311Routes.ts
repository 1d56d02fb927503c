import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fileOpen311Request } from '../../../commands/channels/fileOpen311Request.ts';
import { listOpen311Requests } from '../../../commands/channels/listOpen311Requests.ts';
import { listOpen311Services } from '../../../commands/channels/listOpen311Services.ts';
import { readOpen311Request } from '../../../commands/channels/readOpen311Request.ts';
import { readOpen311Service } from '../../../commands/channels/readOpen311Service.ts';
import type { AppDeps } from '../../appDeps.ts';
import { statusOf, toAppError } from '../../plugins/errorHandler.ts';
import { presentOpen311Request, presentOpen311Service, presentOpen311ServiceDefinition } from '../../presenters/presentOpen311.ts';
import { CreateRequestBody, FormatParams, JurisdictionQuery, RequestParams, RequestsQuery, ServiceParams } from './open311Schema.ts';
import { open311PostLimit, open311ReadLimit } from './open311RateLimits.ts';
import { toOpen311Xml } from './open311Xml.ts';

/** Sends an Open311 answer in the format the path asked for. `root` is the XML root element the spec names. */
function answer(reply: FastifyReply, format: string, root: string, value: unknown) {
  if (format === 'xml') return reply.type('text/xml; charset=utf-8').send(toOpen311Xml(root, value));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
}

function formatOf(request: FastifyRequest): 'json' | 'xml' {
  return /\.xml(\?|$)/.test(request.url) ? 'xml' : 'json';
}

const tag = { tags: ['open311'] };

/**
 * Open311 GeoReport v2 at /open311/v2/: civic apps that already speak it
 * file and follow complaints here. Reading is public (the spec's model);
 * posting needs an `api_key` from `tidtam open311 key create`. Errors come
 * in Open311's own shape, `[{ code, description }]`, in JSON or XML.
 */
const open311V2: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  // Open311 clients post form fields; the spec's examples are all form-encoded.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.setErrorHandler((error, request, reply) => {
    const known = toAppError(error as FastifyError, request);
    const status = statusOf[known.code];
    const fields = known.fields.length ? `: ${known.fields.map((field) => field.en).join('; ')}` : '';
    const description = `${known.th} (${known.message}${fields})`;
    return answer(reply.status(status), formatOf(request), 'errors', [{ code: status, description }]);
  });

  app.setNotFoundHandler((request, reply) =>
    answer(reply.status(404), formatOf(request), 'errors', [{ code: 404, description: 'ไม่พบที่อยู่นี้ (No such Open311 resource)' }]),
  );

  app.get(
    '/discovery.:format',
    {
      schema: { ...tag, summary: 'Open311 discovery: where the GeoReport v2 endpoint is and what it speaks', params: FormatParams },
      config: { rateLimit: open311ReadLimit },
    },
    async (request, reply) => {
      const base = `${request.protocol}://${request.host}/open311/v2`;
      return answer(reply, request.params.format, 'discovery', {
        changeset: '2026-11-22T00:00:00Z',
        contact: 'ศูนย์บริการประชาชน 1111 (Government Contact Center 1111)',
        key_service: 'ขอคีย์จากผู้ดูแลระบบ ซึ่งออกด้วยคำสั่ง tidtam open311 key create (Ask the administrator for a key)',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: base,
            changeset: '2026-11-22T00:00:00Z',
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      });
    },
  );

  app.get(
    '/services.:format',
    {
      schema: { ...tag, summary: 'Open311 services: the complaint categories', params: FormatParams, querystring: JurisdictionQuery },
      config: { rateLimit: open311ReadLimit },
    },
    async (request, reply) => {
      const categories = await listOpen311Services(deps);
      return answer(reply, request.params.format, 'services', categories.map(presentOpen311Service));
    },
  );

  app.get(
    '/services/:code.:format',
    {
      schema: {
        ...tag,
        summary: 'Open311 service definition: the extra attributes a category takes',
        params: ServiceParams,
        querystring: JurisdictionQuery,
      },
      config: { rateLimit: open311ReadLimit },
    },
    async (request, reply) => {
      const category = await readOpen311Service(deps, request.params.code);
      return answer(reply, request.params.format, 'service_definition', presentOpen311ServiceDefinition(category.code));
    },
  );

  app.get(
    '/requests.:format',
    {
      schema: {
        ...tag,
        summary: 'Open311 requests: complaints, newest first; by default the last 90 days, at most 1,000',
        params: FormatParams,
        querystring: RequestsQuery,
      },
      config: { rateLimit: open311ReadLimit },
    },
    async (request, reply) => {
      const query = request.query;
      const ids = query.service_request_id
        ?.split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      const rows = await listOpen311Requests(deps, {
        publicIds: ids,
        serviceCodes: query.service_code?.split(',').map((code) => code.trim()),
        statuses: query.status?.split(',') as ('open' | 'closed')[] | undefined,
        start: query.start_date ? new Date(query.start_date) : undefined,
        end: query.end_date ? new Date(query.end_date) : undefined,
      });
      return answer(reply, request.params.format, 'service_requests', rows.map(presentOpen311Request));
    },
  );

  const single = async (request: FastifyRequest<{ Params: { id: string; format: 'json' | 'xml' } }>, reply: FastifyReply) => {
    const row = await readOpen311Request(deps, request.params.id);
    return answer(reply, request.params.format, 'service_requests', [presentOpen311Request(row)]);
  };
  app.get(
    '/requests/:id.:format',
    {
      schema: { ...tag, summary: 'Open311: one request by its public id', params: RequestParams, querystring: JurisdictionQuery },
      config: { rateLimit: open311ReadLimit },
    },
    single,
  );

  app.post(
    '/requests.:format',
    {
      schema: {
        ...tag,
        summary:
          "Open311: file a complaint (needs an api_key); answers its public service_request_id and, as token, the citizen's tracking code",
        params: FormatParams,
        body: CreateRequestBody,
      },
      config: { rateLimit: open311PostLimit(deps.db) },
    },
    async (request, reply) => {
      const created = await fileOpen311Request(deps, request.body);
      // Only the poster gets the tracking code, as the spec's poster-only `token`; everyone reads service_request_id.
      return answer(reply, request.params.format, 'service_requests', [
        {
          service_request_id: created.publicId,
          token: created.trackingCode,
          service_notice:
            "รับเรื่องแล้ว token คือรหัสติดตามของผู้แจ้ง ใช้ติดตาม ให้คะแนน และขอเปิดเรื่องอีกครั้ง โปรดเก็บเป็นความลับ (Received; token is the citizen's tracking code, to follow, rate and reopen the request: keep it private)",
        },
      ]);
    },
  );
};

/** Mounted under its own prefix, so its not-found answer (Open311's error shape) covers /open311/v2/ only. */
export const open311Routes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  await app.register(open311V2, { ...deps, prefix: '/open311/v2' });
};
