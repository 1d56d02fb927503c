import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  readDisclosedDocument,
  readDisclosedRequest,
  readDisclosureAgency,
  readDisclosureIndex,
} from '../../../commands/infoRequests/readDisclosureLog.ts';
import type { AppDeps } from '../../appDeps.ts';
import { standardErrors } from '../../schemas/common.ts';
import type { Crumb } from '../PortalLayout.tsx';
import type { PortalLocale } from '../portalLocale.ts';
import { HtmlPage, PortalCodeParams, PortalIdParams, PortalQuery } from '../portalSchema.ts';
import { renderPortal } from '../renderPortalPage.tsx';
import { DisclosedRequestPage, DisclosureAgencyPage, DisclosureIndexPage } from './DisclosurePages.tsx';

const html = { produces: ['text/html'], tags: ['portal'], response: { ...standardErrors, 200: HtmlPage, 404: HtmlPage } };
const DisclosureQuery = Type.Object(
  { ...PortalQuery.properties, q: Type.Optional(Type.String({ maxLength: 200, description: 'Thai or English words' })) },
  { additionalProperties: true },
);
const RefParams = Type.Object({ ref: Type.String({ pattern: '^[A-Z]{2,4}-[0-9]{4}-[0-9]{6}$' }) });
const DocumentFile = Type.String({ format: 'binary', description: 'The reviewed document as the agency disclosed it' });

const home = (l: PortalLocale): Crumb => ({ label: l.t('ข้อมูลสาธารณะ', 'Open government'), href: l.href('/portal') });
const logTitle = (l: PortalLocale) => l.t('ข้อมูลข่าวสารที่เปิดเผยตามคำขอ', 'Disclosure log');
const log = (l: PortalLocale): Crumb => ({ label: logTitle(l), href: l.href('/portal/information') });

/**
 * The disclosure log on the portal (issue #16): published requests for official information, per
 * agency with its statistics, searchable in Thai, and the reviewed documents. Server-rendered
 * without script, Thai by default and English with `?lang=en`, like every portal page.
 */
export const disclosureRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/portal/information',
    { schema: { ...html, summary: 'The disclosure log: published information requests, searchable', querystring: DisclosureQuery } },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const index = await readDisclosureIndex({ ...deps, db: request.readDb }, { q: request.query.q });
        return {
          title: logTitle,
          crumbs: (l) => [home(l), { label: logTitle(l) }],
          body: (l) => <DisclosureIndexPage l={l} index={index} />,
        };
      }),
  );

  app.get(
    '/portal/information/agencies/:code',
    {
      schema: {
        ...html,
        summary: "An agency's requests: statistics and published requests",
        params: PortalCodeParams,
        querystring: PortalQuery,
      },
    },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const path = `/portal/information/agencies/${request.params.code}`;
        const page = await readDisclosureAgency(
          { ...deps, db: request.readDb },
          { code: request.params.code, fiscalYear: request.query.fiscalYear },
        );
        const name = (l: PortalLocale) => l.name(page.agency.nameTh, page.agency.nameEn);
        return {
          title: name,
          crumbs: (l) => [home(l), log(l), { label: name(l) }],
          body: (l) => <DisclosureAgencyPage l={l} page={page} path={path} now={deps.clock.now()} />,
        };
      }),
  );

  app.get(
    '/portal/information/requests/:ref',
    { schema: { ...html, summary: 'One published request and its answers', params: RefParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const page = await readDisclosedRequest({ ...deps, db: request.readDb }, request.params.ref);
        return {
          title: () => page.request.published_title,
          crumbs: (l) => [home(l), log(l), { label: page.request.ref }],
          body: (l) => <DisclosedRequestPage l={l} page={page} />,
        };
      }),
  );

  app.get(
    '/portal/information/documents/:id',
    {
      schema: {
        tags: ['portal'],
        summary: 'A reviewed document of a published request (only approved documents; 404 otherwise)',
        params: PortalIdParams,
        response: { 200: DocumentFile, ...standardErrors },
      },
    },
    async (request, reply) => {
      const file = await readDisclosedDocument({ ...deps, db: request.readDb }, request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-cache')
        .send(file.data);
    },
  );
};
