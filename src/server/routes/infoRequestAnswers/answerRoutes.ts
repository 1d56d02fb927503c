import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { answerInfoRequest } from '../../../commands/infoRequests/answerInfoRequest.ts';
import { readAnswerDocument, uploadAnswerDocument } from '../../../commands/infoRequests/answerDocuments.ts';
import { createGround, listGrounds, updateGround } from '../../../commands/infoRequests/manageDisclosureGrounds.ts';
import {
  AnswerBody,
  AnswerCreated,
  DocumentParams,
  GroundCreateBody,
  GroundList,
  GroundParams,
  GroundUpdateBody,
  UploadedDocumentView,
} from '../../../shared/api/infoRequestAnswers.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentGround, presentUploadedDocument } from '../../presenters/presentInfoRequestAnswers.ts';
import { IdParams, Ok, standardErrors } from '../../schemas/common.ts';
import { readOneFile } from '../attachments/attachmentRoutes.ts';

const tags = ['information requests: answers'];

/**
 * The agency's answer to an information request (files first, then the answer that cites them), staff
 * downloads of the answer's documents, and the legal grounds administrators keep.
 */
export const infoRequestAnswerRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/info-requests/:id/documents/files',
    {
      schema: {
        tags,
        summary: 'Upload one answer document (multipart, field "file"; PDF, .docx or .xlsx); cite its id in the answer',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: UploadedDocumentView, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await readOneFile(request);
      const meta = await uploadAnswerDocument({ ...deps, actor }, request.params.id, file);
      reply.status(201);
      return presentUploadedDocument(meta);
    },
  );

  app.post(
    '/api/info-requests/:id/answers',
    {
      schema: {
        tags,
        summary:
          "Answer a request (the agency's officers and coordinators): outcome, message, grounds, fee and documents; 409 info_request_withdrawn / info_request_already_answered",
        params: IdParams,
        body: AnswerBody,
        response: { 201: AnswerCreated, ...standardErrors },
      },
    },
    async (request, reply) => {
      const answered = await answerInfoRequest({ ...deps, actor: requireActor(request) }, request.params.id, request.body);
      reply.status(201);
      return { ...answered, appealDeadlineAt: answered.appealDeadlineAt?.toISOString() ?? null };
    },
  );

  app.get(
    '/api/info-requests/:id/documents/:docId',
    {
      schema: {
        tags,
        summary: "Download an answer document's file (staff who may read the request)",
        params: DocumentParams,
        response: { 200: Type.String({ format: 'binary' }), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { meta, data } = await readAnswerDocument({ ...deps, actor }, request.params.id, request.params.docId);
      reply
        .header('content-type', meta.content_type)
        .header(
          'content-disposition',
          `${meta.content_type === 'application/pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(meta.filename)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      return reply.send(data);
    },
  );

  app.get(
    '/api/disclosure-grounds',
    {
      schema: {
        tags,
        summary: 'The legal grounds for withholding (sections 14 and 15), active or not',
        response: { 200: GroundList, ...standardErrors },
      },
    },
    async (request) => ({ items: (await listGrounds({ ...deps, actor: requireActor(request) })).map(presentGround) }),
  );

  app.post(
    '/api/disclosure-grounds',
    {
      config: { apiToken: 'admin' },
      schema: { tags, summary: 'Add a legal ground (administrators)', body: GroundCreateBody, response: { 201: Ok, ...standardErrors } },
    },
    async (request, reply) => {
      const { code, ...fields } = request.body;
      await createGround({ ...deps, actor: requireActor(request) }, code, fields);
      reply.status(201);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/disclosure-grounds/:code',
    {
      config: { apiToken: 'admin' },
      schema: {
        tags,
        summary: "Change a legal ground's words, order or whether it is offered (administrators); grounds are deactivated, never deleted",
        params: GroundParams,
        body: GroundUpdateBody,
        response: { 200: Ok, ...standardErrors },
      },
    },
    async (request) => {
      await updateGround({ ...deps, actor: requireActor(request) }, request.params.code, request.body);
      return { ok: true as const };
    },
  );
};
