import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { AppError } from '../../domain/errors.ts';
import type { Locale } from '../../shared/buddhistEra.ts';
import { webEntryAssets } from '../webAssets/webEntryAssets.ts';
import { PortalLayout, type Crumb, type OpenGraph } from './PortalLayout.tsx';
import { portalLocale, type PortalLocale } from './portalLocale.ts';

/** A whole HTML document from a Preact tree; every text and attribute is escaped by the renderer. */
export function htmlDocument(tree: VNode): string {
  return `<!doctype html>${renderToString(tree)}`;
}

/** Portal pages change with every fold of the statistics: the browser revalidates each time. */
export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.status(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

/** The scheme and host the visitor used, for the absolute URLs Open Graph requires. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export interface PortalPage {
  title: (l: PortalLocale) => string;
  crumbs: (l: PortalLocale) => Crumb[];
  openGraph?: (l: PortalLocale) => OpenGraph;
  body: (l: PortalLocale) => VNode;
}

/**
 * Renders one portal page in the language the query asks for, or the portal's 404 page when
 * the read says not found (an unknown area, an unpublished policy), so a visitor always lands
 * on a page with a way back.
 */
export async function renderPortal(
  request: FastifyRequest<{ Querystring: { lang?: Locale } }>,
  reply: FastifyReply,
  webDir: string | undefined,
  load: () => Promise<PortalPage>,
): Promise<FastifyReply> {
  const lang = request.query.lang ?? 'th';
  const path = request.url.split('?')[0] ?? '/portal';
  const l = portalLocale(lang, path, request.query as Record<string, unknown>);
  const { css } = webEntryAssets(webDir, 'portal/portal.ts');
  let page: PortalPage;
  let status = 200;
  try {
    page = await load();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    status = 404;
    page = {
      title: () => l.t('ไม่พบหน้านี้', 'Page not found'),
      crumbs: () => [{ label: l.t('หน้าแรก', 'Home'), href: l.href('/portal') }],
      body: () => (
        <p class="body">
          {l.t(
            'ไม่พบพื้นที่หรือเรื่องที่ต้องการ อาจยังไม่ได้เผยแพร่หรือถูกถอนการเผยแพร่แล้ว ',
            'We could not find this area or item. It may not be published, or it was withdrawn. ',
          )}
          <a href={l.href('/portal')}>{l.t('กลับสู่หน้าแรกของข้อมูลสาธารณะ', 'Back to the open government home page')}</a>
        </p>
      ),
    };
  }
  const html = htmlDocument(
    <PortalLayout
      l={l}
      title={page.title(l)}
      css={css}
      crumbs={page.crumbs(l)}
      {...(page.openGraph ? { openGraph: page.openGraph(l) } : {})}
    >
      {page.body(l)}
    </PortalLayout>,
  );
  return sendHtml(reply, status, html);
}
