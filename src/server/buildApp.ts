import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TrustProxy } from '../config.ts';
import { limits } from '../shared/limits.ts';
import type { AppDeps } from './appDeps.ts';
import { authenticatePlugin } from './plugins/authenticate.ts';
import { readReplicaPlugin } from './plugins/readReplica.ts';
import { registerControlCharacterGuard } from './plugins/rejectControlCharacters.ts';
import { registerWebAssets } from './plugins/webAssets.ts';
import { frameworkError, registerErrorHandler } from './plugins/errorHandler.ts';
import { areaRoutes } from './routes/areas/areaRoutes.ts';
import { assignmentRoutes } from './routes/assignments/assignmentRoutes.ts';
import { attachmentRoutes } from './routes/attachments/attachmentRoutes.ts';
import { auditEventRoutes } from './routes/audit/auditEventRoutes.ts';
import { statisticsRoutes } from './routes/statistics/statisticsRoutes.ts';
import { caseRoutes } from './routes/cases/caseRoutes.ts';
import { clusterRoutes } from './routes/clusters/clusterRoutes.ts';
import { complaintPreviewRoutes } from './routes/complaints/complaintPreviewRoutes.ts';
import { complaintRoutes } from './routes/complaints/complaintRoutes.ts';
import { classifierRoutes } from './routes/complaints/classifierRoutes.ts';
import { complaintSettingsRoutes } from './routes/complaints/complaintSettingsRoutes.ts';
import { routingTestRoutes } from './routes/complaints/routingTestRoutes.ts';
import { unitTreeRoutes } from './routes/units/unitTreeRoutes.ts';
import { publicComplaintRoutes } from './routes/complaints/publicComplaintRoutes.ts';
import { infoRequestRoutes } from './routes/infoRequests/infoRequestRoutes.ts';
import { publicInfoRequestRoutes } from './routes/infoRequests/publicInfoRequestRoutes.ts';
import { publicReplyRoutes } from './routes/complaints/publicReplyRoutes.ts';
import { deliveryRoutes } from './routes/delivery/deliveryRoutes.ts';
import { complaintReportRoutes } from './routes/reports/complaintReportRoutes.ts';
import { pictureRoutes } from './routes/picture/pictureRoutes.ts';
import { reportRoutes } from './routes/reports/reportRoutes.ts';
import { budgetRoutes } from './routes/budget/budgetRoutes.ts';
import { healthRoutes } from './routes/health/healthRoutes.ts';
import { inboxRoutes } from './routes/inbox/inboxRoutes.ts';
import { lineWebhookRoutes } from './routes/line/lineWebhookRoutes.ts';
import { open311Routes } from './routes/open311/open311Routes.ts';
import { openDataAdminRoutes } from './routes/openDataAdmin/openDataAdminRoutes.ts';
import { sessionRoutes } from './routes/session/sessionRoutes.ts';
import { leagueRoutes } from './routes/statistics/leagueRoutes.ts';
import { tokenRoutes } from './routes/tokens/tokenRoutes.ts';
import { open311KeyRoutes } from './routes/open311Keys/open311KeyRoutes.ts';
import { unitRoutes } from './routes/units/unitRoutes.ts';
import { userRoutes } from './routes/users/userRoutes.ts';
import { dcatRoutes } from './routes/dcat/dcatRoutes.ts';
import { cardRoutes } from './routes/cards/cardRoutes.ts';
import { ErrorResponse } from './schemas/common.ts';
import { ckanRoutes } from './routes/ckan/ckanRoutes.ts';
import { openDataFileRoutes } from './routes/opendata/openDataFileRoutes.ts';
import { portalRoutes } from './portal/portalRoutes.tsx';
import { trackPageRoutes } from './portal/trackPageRoutes.tsx';
import { publicationRoutes } from './routes/publication/publicationRoutes.ts';
import { searchSynonymRoutes } from './routes/searchSynonyms/searchSynonymRoutes.ts';
import { calendarRoutes } from './routes/calendar/calendarRoutes.ts';
import { infoRequestAnswerRoutes } from './routes/infoRequestAnswers/answerRoutes.ts';
import { infoRequestObjectionRoutes } from './routes/infoRequestAnswers/objectionRoutes.ts';
import { infoRequestOpenRoutes } from './routes/infoRequestsOpen/infoRequestOpenRoutes.ts';
import { disclosureRoutes } from './portal/disclosure/disclosureRoutes.tsx';

/** A request for a file (`/assets/index-abc.js`) that is not there gets a 404, not the app's page. */
function looksLikeFile(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return /\.[a-z0-9]{1,8}$/i.test(path.slice(path.lastIndexOf('/') + 1));
}

/** Fastify's form of a `TRUST_PROXY` setting; a hop count trusts the nearest N peers, as Fastify itself does for a number. */
function proxyTrust(setting: TrustProxy | undefined): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting ?? false;
}

/**
 * The HTTP app, built without listening so tests call it in-process with
 * `app.inject`. Nothing here holds state between requests: a second process
 * on the same PostgreSQL serves the same answers. `extraRoutes` are
 * registered after the product's own, before the app is sealed: a benchmark
 * adds its baseline endpoint this way (`bench/intakeBaselineRoute.ts`), so the
 * product itself carries no bench code.
 */
export async function buildApp(
  deps: AppDeps,
  options: { extraRoutes?: readonly FastifyPluginAsyncTypebox<AppDeps>[] } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Off unless the operator names the proxies (TRUST_PROXY): a trusted X-Forwarded-For is a client-chosen address.
    trustProxy: proxyTrust(deps.trustProxy),
    requestIdHeader: false,
    frameworkErrors: frameworkError,
    ajv: {
      // Extra properties are refused rather than silently dropped, so a client's typo is an error it sees.
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const webRoot = deps.webDir && existsSync(path.join(deps.webDir, 'index.html')) ? path.resolve(deps.webDir) : undefined;
  app.addSchema(ErrorResponse);
  registerControlCharacterGuard(app);
  registerErrorHandler(app, {
    // The browser app routes on the client: any other GET outside /api gets its page.
    notFound: (request, reply) =>
      webRoot && request.method === 'GET' && !request.url.startsWith('/api/') && !looksLikeFile(request.url)
        ? reply.sendFile('index.html')
        : undefined,
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Before every route, so its ETag and compression hooks see every answer.
  await registerWebAssets(app, webRoot);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, {
    limits: { fileSize: limits.attachmentBytesMax, files: 1, fields: 5, parts: 6, headerPairs: 100 },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tidtam API',
        version: '0.1.0',
        description:
          'Tidtam (ติดตาม) follows every matter a government owes its people: directives, policies and complaints, ' +
          'through the units that act on them. Sign in for a session cookie (browsers) or use an API token (machines).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tidtam_session' },
          token: { type: 'http', scheme: 'bearer', description: 'An API token made at POST /api/tokens (tdt_...)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(authenticatePlugin, {
    db: deps.db,
    clock: deps.clock,
    cookieSecure: deps.cookieSecure ?? true,
  });
  // `request.readDb`: the streaming replica for the read routes, or the primary (plugins/readReplica.ts).
  await app.register(readReplicaPlugin, { db: deps.db, readReplica: deps.readReplica, cookieSecure: deps.cookieSecure ?? true });

  for (const routes of [
    healthRoutes,
    sessionRoutes,
    areaRoutes,
    unitRoutes,
    userRoutes,
    tokenRoutes,
    open311KeyRoutes,
    auditEventRoutes,
    statisticsRoutes,
    caseRoutes,
    assignmentRoutes,
    inboxRoutes,
    attachmentRoutes,
    publicComplaintRoutes,
    complaintRoutes,
    publicReplyRoutes,
    complaintPreviewRoutes,
    complaintSettingsRoutes,
    routingTestRoutes,
    unitTreeRoutes,
    deliveryRoutes,
    reportRoutes,
    leagueRoutes,
    complaintReportRoutes,
    clusterRoutes,
    budgetRoutes,
    pictureRoutes,
    lineWebhookRoutes,
    open311Routes,
    dcatRoutes,
    ckanRoutes,
    openDataFileRoutes,
    cardRoutes,
    openDataAdminRoutes,
    portalRoutes,
    trackPageRoutes,
    publicationRoutes,
    searchSynonymRoutes,
    classifierRoutes,
    calendarRoutes,
    publicInfoRequestRoutes,
    infoRequestRoutes,
    infoRequestAnswerRoutes,
    infoRequestObjectionRoutes,
    infoRequestOpenRoutes,
    disclosureRoutes,
  ]) {
    await app.register(routes, deps);
  }
  for (const routes of options.extraRoutes ?? []) await app.register(routes, deps);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.ready();
  return app;
}
