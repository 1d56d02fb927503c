import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { uploadAttachment } from '../../../commands/assignments/uploadAttachment.ts';
import { readAttachment } from '../../../commands/assignments/readAttachment.ts';
import { AppError } from '../../../domain/errors.ts';
import { limits } from '../../../shared/limits.ts';
import type { AppDeps } from '../../appDeps.ts';
import { requireActor } from '../../plugins/authenticate.ts';
import { presentAttachment } from '../../presenters/presentAttachment.ts';
import { rejectControlCharacters } from '../../plugins/rejectControlCharacters.ts';
import { IdParams, standardErrors } from '../../schemas/common.ts';
import { AttachmentView } from '../cases/caseSchema.ts';
import { MS_PER_HOUR } from '../../../shared/thaiTime.ts';

/** The one file of a multipart upload; a form cut short or garbled is the client's error, not ours. */
export async function readOneFile(request: FastifyRequest): Promise<{ filename: string; data: Buffer }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  try {
    const file = await request.file({ limits: { fileSize: limits.attachmentBytesMax, files: 1, fields: 5, parts: 6 } });
    if (!file) throw new AppError('validation_failed', { fields: [{ path: '/file', th: 'โปรดเลือกไฟล์', en: 'Choose a file.' }] });
    // Multipart fields reach no schema hook: the file name and the other fields are checked here, as JSON bodies are.
    rejectControlCharacters(file.filename, 'body/file/filename');
    for (const [name, field] of Object.entries(file.fields)) {
      for (const part of Array.isArray(field) ? field : [field]) {
        if (part && part.type === 'field') rejectControlCharacters({ [name]: part.value }, 'body');
      }
    }
    return { filename: file.filename || 'file', data: await file.toBuffer() };
  } catch (error) {
    if (error instanceof AppError || (error as { code?: string }).code?.startsWith('FST_')) throw error;
    throw new AppError('malformed_body', {
      th: 'อ่านไฟล์ที่ส่งมาไม่ได้ โปรดเลือกไฟล์แล้วส่งอีกครั้ง',
      en: 'The uploaded form could not be read. Choose the file and send again.',
    });
  }
}

export const attachmentRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.post(
    '/api/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Upload one evidence file (multipart/form-data, field "file"); cite its id in a progress report',
        consumes: ['multipart/form-data'],
        response: { 201: AttachmentView, 413: Type.Ref('ErrorResponse'), 415: Type.Ref('ErrorResponse'), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { filename, data } = await readOneFile(request);
      const meta = await uploadAttachment({ ...deps, actor }, { filename, data });
      reply.status(201);
      return presentAttachment(meta);
    },
  );

  app.get(
    '/api/attachments/:id',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Download a file, for whoever may read the case it belongs to (or its uploader, before it is used)',
        params: IdParams,
        response: { 200: Type.String({ format: 'binary' }), ...standardErrors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { meta, data } = await readAttachment({ ...deps, actor }, request.params.id);
      const inline = meta.content_type.startsWith('image/') || meta.content_type === 'application/pdf';
      reply
        .header('content-type', meta.content_type)
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(meta.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', `private, max-age=${MS_PER_HOUR / 1000}`);
      return reply.send(data);
    },
  );
};
