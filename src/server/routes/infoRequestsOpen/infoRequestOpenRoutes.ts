import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  publishInfoRequest,
  readInfoRequestPublication,
  withdrawInfoRequestPublication,
} from '../../../commands/infoRequests/publishInfoRequest.ts';
import { createRedactionRule, listRedactionRules, removeRedactionRule } from '../../../commands/infoRequests/redactionRules.ts';
import { reviewInfoRequestDocument } from '../../../commands/infoRequests/reviewInfoRequestDocument.ts';
import {
  DocumentParams,
  DocumentReviewBody,
  DocumentReviewResult,
  InfoRequestPublication,
  RedactionRule,
  RedactionRuleBody,
  RedactionRuleList,
  RedactionRuleQuery,
} from '../../../shared/api/infoRequestOpen.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentInfoRequestPublication, presentRedactionRule } from '../../presenters/presentInfoRequestOpen.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';

const tags = ['information requests'];

/**
 * Publishing information requests on the disclosure log (issue #16, "in the open"): the preview
 * (redacted text, replacements marked, documents and their review), publish (only with the
 * requester's consent: 409 publish_consent_missing), withdraw, a person's review of each document,
 * and the redaction rules of the four scopes.
 */
export const infoRequestOpenRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const publication = (summary: string) => ({
    tags,
    summary,
    params: IdParams,
    response: { 200: InfoRequestPublication, ...standardErrors },
  });
  app.get(
    '/api/info-requests/:id/publication',
    { schema: publication('What would be published, redacted (staff handling the request)') },
    async (request) =>
      presentInfoRequestPublication(await readInfoRequestPublication({ ...deps, actor: requireActor(request) }, request.params.id)),
  );
  app.put(
    '/api/info-requests/:id/publication',
    { schema: publication("Publish the request and its answers, redacted (the agency's coordinators; 409 publish_consent_missing)") },
    async (request) => {
      const actor = requireActor(request);
      await publishInfoRequest({ ...deps, actor }, request.params.id);
      return presentInfoRequestPublication(await readInfoRequestPublication({ ...deps, actor }, request.params.id));
    },
  );
  app.delete(
    '/api/info-requests/:id/publication',
    { schema: publication("Withdraw the request from the disclosure log (the agency's coordinators)") },
    async (request) => {
      const actor = requireActor(request);
      await withdrawInfoRequestPublication({ ...deps, actor }, request.params.id);
      return presentInfoRequestPublication(await readInfoRequestPublication({ ...deps, actor }, request.params.id));
    },
  );

  app.put(
    '/api/info-requests/:id/documents/:docId/review',
    {
      schema: {
        tags,
        summary: 'Approve or reject a document for publication (a coordinator of the agency who did not upload it)',
        params: DocumentParams,
        body: DocumentReviewBody,
        response: { 200: DocumentReviewResult, ...standardErrors },
      },
    },
    async (request) => {
      const reviewed = await reviewInfoRequestDocument(
        { ...deps, actor: requireActor(request) },
        request.params.id,
        request.params.docId,
        request.body,
      );
      return { ...reviewed, reviewedAt: reviewed.reviewedAt.toISOString() };
    },
  );

  app.get(
    '/api/redaction-rules',
    {
      schema: {
        tags,
        summary: "Redaction rules: a request's (every scope that applies, with caseId), or the site's and the agencies' in reach",
        querystring: RedactionRuleQuery,
        response: { 200: RedactionRuleList, ...standardErrors },
      },
    },
    async (request) => ({
      items: (await listRedactionRules({ ...deps, actor: requireActor(request) }, request.query)).map(presentRedactionRule),
    }),
  );
  app.post(
    '/api/redaction-rules',
    {
      schema: {
        tags,
        summary: 'Add a redaction rule (site: administrators; agency: its coordinators; requester and request: staff handling it)',
        body: RedactionRuleBody,
        response: { 201: RedactionRule, ...standardErrors },
      },
    },
    async (request, reply) => {
      const made = await createRedactionRule({ ...deps, actor: requireActor(request) }, request.body);
      reply.status(201);
      return presentRedactionRule(made);
    },
  );
  app.delete(
    '/api/redaction-rules/:id',
    { schema: { tags, summary: 'Remove a redaction rule (who may add it)', params: IdParams, response: { 200: Ok, ...standardErrors } } },
    async (request) => {
      await removeRedactionRule({ ...deps, actor: requireActor(request) }, request.params.id);
      return { ok: true as const };
    },
  );
};
