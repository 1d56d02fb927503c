import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { trackComplaint, type TrackedComplaint } from '../../commands/complaints/trackComplaint.ts';
import { AppError } from '../../domain/errors.ts';
import type { AppDeps } from '../appDeps.ts';
import { webEntryAssets } from '../webAssets/webEntryAssets.ts';
import { htmlDocument, sendHtml } from './renderPortalPage.tsx';
import { TrackedComplaintView, TrackForm } from './TrackNoscript.tsx';
import { standardErrors } from '../schemas/common.ts';
import { HtmlPage, TrackParams, TrackQuery } from './portalSchema.ts';

const APP_ROOT = /<div id="app">/;

/**
 * The app's own page with the server's rendering of the tracking page in a `<noscript>` inside
 * the app's root: a browser without JavaScript reads the status, one with it runs the app as
 * before. Without a built app (API tests, a server without `webDir`) the content stands alone.
 */
async function appPageWith(webDir: string | undefined, content: VNode): Promise<string> {
  const index = webDir ? await readFile(path.join(webDir, 'index.html'), 'utf8').catch(() => null) : null;
  const { css } = webEntryAssets(webDir, 'portal/portal.ts');
  if (index && APP_ROOT.test(index)) {
    // The portal's style sheet comes inside the <noscript> too: a browser running the app never loads it.
    const styles = css.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
    return index.replace(APP_ROOT, (root) => `${root}<noscript>${styles}${renderToString(content)}</noscript>`);
  }
  return htmlDocument(
    <html lang="th">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>ติดตามเรื่องร้องเรียน · Track a complaint</title>
        {css.map((href) => (
          <link rel="stylesheet" href={href} key={href} />
        ))}
      </head>
      <body class="portal">{content}</body>
    </html>,
  );
}

/**
 * Tracking without JavaScript (issue #12): `/track` takes the code in a plain GET form and
 * redirects to `/track/CODE`, which shows the status and the citizen's timeline from the same
 * read as `/api/public/complaints/:code`. An unknown code gets a 404 page that says what to check.
 */
export const trackPageRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/track',
    {
      schema: {
        tags: ['portal'],
        summary: 'Tracking code entry (works without JavaScript)',
        produces: ['text/html'],
        querystring: TrackQuery,
        response: { ...standardErrors, 200: HtmlPage },
      },
    },
    async (request, reply) => {
      const code = request.query.code?.trim();
      if (code) return reply.redirect(`/track/${encodeURIComponent(code)}`, 303);
      return sendHtml(reply, 200, await appPageWith(deps.webDir, <TrackForm />));
    },
  );

  app.get(
    '/track/:code',
    {
      // As limited as the tracking API: each request is a guess at a code.
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: "A complaint's status and timeline (works without JavaScript)",
        produces: ['text/html'],
        params: TrackParams,
        response: { ...standardErrors, 200: HtmlPage, 404: HtmlPage },
      },
    },
    async (request, reply) => {
      let tracked: TrackedComplaint;
      try {
        tracked = await trackComplaint(deps, request.params.code);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
        return sendHtml(
          reply.header('x-robots-tag', 'noindex'),
          404,
          await appPageWith(deps.webDir, <TrackForm notFoundCode={request.params.code} />),
        );
      }
      // The code is the citizen's key: keep the page out of search engines and shared caches.
      return sendHtml(
        reply.header('x-robots-tag', 'noindex').header('referrer-policy', 'no-referrer'),
        200,
        await appPageWith(deps.webDir, <TrackedComplaintView tracked={tracked} />),
      );
    },
  );
};
