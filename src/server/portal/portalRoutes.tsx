import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readOpenDataCatalogue } from '../../commands/opendata/readOpenDataCatalogue.ts';
import { readPortalArea, type PortalArea, type PortalAreaLevel } from '../../commands/publication/readPortalArea.ts';
import { readPortalPolicies, readPortalPolicy } from '../../commands/publication/readPortalPolicies.ts';
import { readPortalStoryPhoto } from '../../commands/publication/readPortalStories.ts';
import type { AppDeps } from '../appDeps.ts';
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

/** The figures a share card shows, in words, for `og:image:alt`. */
function cardAltText(l: PortalLocale, area: PortalArea, placeName: string): string {
  const { totals, period } = area.statistics;
  const year = period.fiscalYear ?? '';
  return l.t(
    `เรื่องร้องเรียน${placeName} ปีงบประมาณ ${year}: ได้รับ ${l.number(totals.received)} เรื่อง แก้ไขเสร็จ ${l.number(totals.resolved)} เรื่อง (${l.percent(totals.resolutionRate)})`,
    `Complaints in ${placeName}, fiscal year ${year} BE: ${l.number(totals.received)} received, ${l.number(totals.resolved)} resolved (${l.percent(totals.resolutionRate)})`,
  );
}

/**
 * The public portal (issue #12): server-rendered pages without script, Thai by default and
 * English with `?lang=en`. Complaint statistics are public by default; policies and complaint
 * stories appear only while staff have them published. Public: no account, no cookie needed.
 */
export const portalRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const areaPage =
    (level: PortalAreaLevel, code: string, path: string, fiscalYear: number | undefined, origin: string) =>
    async (): Promise<PortalPage> => {
      const area = await readPortalArea(deps, { level, code, ...(fiscalYear ? { fiscalYear } : {}) });
      const { scope, parent } = area.statistics;
      const placeName = (l: PortalLocale) => l.name(scope.nameTh, scope.nameEn);
      const card = level === 'national' ? '/cards/national.png' : level === 'province' ? `/cards/provinces/${code}.png` : null;
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
                image: `${origin}${card}`,
                imageAlt: cardAltText(l, area, level === 'national' ? l.t('ทั้งประเทศ', 'Thailand') : placeName(l)),
                url: `${origin}${l.href(path)}`,
                description: cardAltText(l, area, level === 'national' ? l.t('ทั้งประเทศ', 'Thailand') : placeName(l)),
              }),
            }
          : {}),
        body: (l) => <AreaPage l={l} area={area} path={path} now={deps.clock.now()} />,
      };
    };

  app.get('/portal', { schema: { ...html, summary: 'The national portal page', querystring: PortalQuery } }, (request, reply) =>
    renderPortal(request, reply, deps.webDir, areaPage('national', 'TH', '/portal', request.query.fiscalYear, requestOrigin(request))),
  );

  app.get(
    '/portal/zones/:number',
    { schema: { ...html, summary: 'An inspection zone', params: PortalZoneParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(
        request,
        reply,
        deps.webDir,
        areaPage('zone', request.params.number, `/portal/zones/${request.params.number}`, request.query.fiscalYear, requestOrigin(request)),
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
        areaPage(
          'province',
          request.params.code,
          `/portal/provinces/${request.params.code}`,
          request.query.fiscalYear,
          requestOrigin(request),
        ),
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
        areaPage(
          'district',
          request.params.code,
          `/portal/districts/${request.params.code}`,
          request.query.fiscalYear,
          requestOrigin(request),
        ),
      ),
  );

  app.get(
    '/portal/policies',
    { schema: { ...html, summary: 'Published policies and directives', querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const cases = await readPortalPolicies(deps);
        const title = (l: PortalLocale) => l.t('นโยบายและข้อสั่งการ', 'Policies and directives');
        return { title, crumbs: (l) => [home(l), { label: title(l) }], body: (l) => <PolicyIndexPage l={l} cases={cases} /> };
      }),
  );

  app.get(
    '/portal/policies/:id',
    { schema: { ...html, summary: 'One published policy or directive', params: PortalIdParams, querystring: PortalQuery } },
    (request, reply) =>
      renderPortal(request, reply, deps.webDir, async () => {
        const policy = await readPortalPolicy(deps, request.params.id);
        const origin = requestOrigin(request);
        const alt = (l: PortalLocale) => {
          const indicator = policy.indicators[0];
          const reach = l.t(
            `รับทราบแล้ว ${l.number(policy.reach.acknowledged)} จาก ${l.number(policy.reach.assigned)} หน่วยงาน`,
            `${l.number(policy.reach.acknowledged)} of ${l.number(policy.reach.assigned)} units acknowledged`,
          );
          const progress =
            indicator && indicator.progress !== null
              ? l.t(
                  `; ${indicator.nameTh} ${l.percent(indicator.progress)} ของเป้าหมาย`,
                  `; ${l.name(indicator.nameTh, indicator.nameEn)} ${l.percent(indicator.progress)} of target`,
                )
              : '';
          return `${policy.kase.title}: ${reach}${progress}`;
        };
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
      const catalogue = await readOpenDataCatalogue(deps.db);
      const title = (l: PortalLocale) => l.t('ข้อมูลเปิด', 'Open data');
      return { title, crumbs: (l) => [home(l), { label: title(l) }], body: (l) => <DataPage l={l} catalogue={catalogue} /> };
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
      const { meta, data } = await readPortalStoryPhoto(deps, request.params.id);
      return reply.header('content-type', meta.content_type).header('cache-control', 'no-cache').send(data);
    },
  );
};
