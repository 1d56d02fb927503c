import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { readComplaintCardFigures, type ComplaintCardArea } from '../../commands/cards/readComplaintCardFigures.ts';
import { readPolicyCardFigures } from '../../commands/cards/readPolicyCardFigures.ts';
import { readAuditAnchor } from '../../commands/audit/verifyAuditChain.ts';
import { readOpenDataCatalogue } from '../../commands/opendata/readOpenDataCatalogue.ts';
import { readPortalArea, type PortalAreaLevel } from '../../commands/publication/readPortalArea.ts';
import { readPortalPolicies, readPortalPolicy } from '../../commands/publication/readPortalPolicies.ts';
import { readPortalStoryPhoto } from '../../commands/publication/readPortalStories.ts';
import type { AppDeps } from '../appDeps.ts';
import { nationalCardAlt, policyCardAlt, provinceCardAlt, zoneCardAlt, type CardAlt } from '../../domain/cards/cardAltText.ts';
import type { ComplaintCardFigures } from '../../domain/cards/cardFigures.ts';
import { AreaPage } from './AreaPage.tsx';
import { DataPage } from './DataPage.tsx';
import { PolicyIndexPage, PolicyPage } from './PolicyPages.tsx';
import type { Crumb } from './PortalLayout.tsx';
import type { PortalLocale } from './portalLocale.ts';
import { standardErrors } from '../schemas/common.ts';
import { HtmlPage, PhotoFile, PortalCodeParams, PortalIdParams, PortalQuery, PortalZoneParams } from './portalSchema.ts';
import { renderPortal, requestOrigin, type PortalPage } from './renderPortalPage.tsx';

const html = { produces: ['text/html'], tags: ['portal'], response: { ...standardErrors, 200: HtmlPage, 404: HtmlPage } };

const home = (l: PortalLocale): Crumb => ({ label: l.t('ข้อมูลสาธารณะ', 'Open government'), href: l.href('/portal') });

const complaintCardAlt = (area: ComplaintCardArea, figures: ComplaintCardFigures): CardAlt =>
  area.kind === 'national' ? nationalCardAlt(figures) : area.kind === 'zone' ? zoneCardAlt(figures) : provinceCardAlt(figures);

/** The share card of an area page, when the area has one (the country, an inspection zone, a province). */
function cardAreaOf(level: PortalAreaLevel, code: string): { area: ComplaintCardArea; path: string } | null {
  if (level === 'national') return { area: { kind: 'national' }, path: '/cards/national.png' };
  if (level === 'province') return { area: { kind: 'province', code }, path: `/cards/provinces/${code}.png` };
  if (level === 'zone') return { area: { kind: 'zone', number: Number(code) }, path: `/cards/zones/${code}.png` };
  return null;
}

/**
 * The public portal (issue #12): server-rendered pages without script, Thai by default and
 * English with `?lang=en`. Complaint statistics are public by default; policies and complaint
 * stories appear only while staff have them published. Public: no account, no cookie needed.
 */
export const portalRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const areaPage =
    (level: PortalAreaLevel, code: string, path: string, fiscalYear: number | undefined, request: FastifyRequest) =>
    async (): Promise<PortalPage> => {
      const origin = requestOrigin(request);
      const reading = { ...deps, db: request.readDb };
      const area = await readPortalArea(reading, { level, code, ...(fiscalYear ? { fiscalYear } : {}) });
      const { scope, parent } = area.statistics;
      const placeName = (l: PortalLocale) => l.name(scope.nameTh, scope.nameEn);
      const card = cardAreaOf(level, code);
      // The card's own figures in words (the current fiscal year, as the card shows), so its alt text never differs from it.
      const cardAlt = card ? complaintCardAlt(card.area, await readComplaintCardFigures(reading, card.area)) : null;
      return {
        title: (l) =>
          level === 'national' ? l.t('เรื่องร้องเรียนและนโยบายทั่วประเทศ', 'Complaints and policies across Thailand') : placeName(l),
        crumbs: (l) => [
          ...(level === 'national' ? [] : [home(l)]),
          ...(parent?.kind === 'province'
            ? [{ label: l.name(parent.nameTh, parent.nameEn), href: l.href(`/portal/provinces/${parent.code}`) }]
            : []),
          { label: level === 'national' ? home(l).label : placeName(l) },
        ],
        ...(card
          ? {
              openGraph: (l: PortalLocale) => ({
                image: `${origin}${card.path}`,
                imageAlt: l.t(cardAlt!.th, cardAlt!.en),
                url: `${origin}${l.href(path)}`,
                description: l.t(cardAlt!.th, cardAlt!.en),
              }),
            }
          : {}),
        body: (l) => <AreaPage l={l} area={area} path={path} now={deps.clock.now()} />,
      };
    };

  app.get('/portal', { schema: { ...html, summary: 'The national portal page', querystring: PortalQuery } }, (request, reply) =>
    renderPortal(request, reply, deps.webDir, areaPage('national', 'TH', '/portal', request.query.fiscalYear, request)),
  );

  app.get(
    '/portal/zones/:number',
    { schema: { ...html, summary: 'An inspection zone', params: PortalZoneParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(
        request,
        reply,
        deps.webDir,
        areaPage('zone', request.params.number, `/portal/zones/${request.params.number}`, request.query.fiscalYear, request),
      ),
  );

  app.get(
    '/portal/provinces/:code',
    { schema: { ...html, summary: 'A province', params: PortalCodeParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(
        request,
        reply,
        deps.webDir,
        areaPage('province', request.params.code, `/portal/provinces/${request.params.code}`, request.query.fiscalYear, request),
      ),
  );

  app.get(
    '/portal/districts/:code',
    { schema: { ...html, summary: 'A district', params: PortalCodeParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(
        request,
        reply,
        deps.webDir,
        areaPage('district', request.params.code, `/portal/districts/${request.params.code}`, request.query.fiscalYear, request),
      ),
  );

  app.get(
    '/portal/policies',
    { schema: { ...html, summary: 'Published policies and directives', querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const cases = await readPortalPolicies({ ...deps, db: request.readDb });
        const title = (l: PortalLocale) => l.t('นโยบายและข้อสั่งการ', 'Policies and directives');
        return { title, crumbs: (l) => [home(l), { label: title(l) }], body: (l) => <PolicyIndexPage l={l} cases={cases} /> };
      }),
  );

  app.get(
    '/portal/policies/:id',
    { schema: { ...html, summary: 'One published policy or directive', params: PortalIdParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const policy = await readPortalPolicy({ ...deps, db: request.readDb }, request.params.id);
        const origin = requestOrigin(request);
        // The policy card's own figures in words, so the alt text says what the card shows.
        const cardAlt = policyCardAlt(await readPolicyCardFigures({ ...deps, db: request.readDb }, policy.kase.id));
        const alt = (l: PortalLocale) => l.t(cardAlt.th, cardAlt.en);
        return {
          title: () => policy.kase.title,
          crumbs: (l) => [
            home(l),
            { label: l.t('นโยบายและข้อสั่งการ', 'Policies and directives'), href: l.href('/portal/policies') },
            { label: policy.kase.ref },
          ],
          openGraph: (l) => ({
            image: `${origin}/cards/policies/${policy.kase.id}.png`,
            imageAlt: alt(l),
            url: `${origin}${l.href(`/portal/policies/${policy.kase.id}`)}`,
            description: alt(l),
          }),
          body: (l) => <PolicyPage l={l} policy={policy} />,
        };
      }),
  );

  app.get('/portal/data', { schema: { ...html, summary: 'Open datasets', querystring: PortalQuery } }, (request, reply) =>
    renderPortal(request, reply, deps.webDir, async () => {
      const catalogue = await readOpenDataCatalogue(request.readDb);
      const anchor = await readAuditAnchor(request.readDb);
      const title = (l: PortalLocale) => l.t('ข้อมูลเปิด', 'Open data');
      return {
        title,
        crumbs: (l) => [home(l), { label: title(l) }],
        body: (l) => <DataPage l={l} catalogue={catalogue} anchor={anchor} />,
      };
    }),
  );

  app.get(
    '/portal/photos/:id',
    {
      schema: {
        tags: ['portal'],
        summary: 'A published story photo (only while its story is published)',
        params: PortalIdParams,
        response: { 200: PhotoFile, ...standardErrors },
      },
    },
    async (request, reply) => {
      const { meta, data } = await readPortalStoryPhoto({ ...deps, db: request.readDb }, request.params.id);
      return reply.header('content-type', meta.content_type).header('cache-control', 'no-cache').send(data);
    },
  );
};
