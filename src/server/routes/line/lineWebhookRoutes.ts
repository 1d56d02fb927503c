import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Compile } from 'typebox/compile';
import { loadChannelConfig } from '../../../channelConfig.ts';
import { handleLineEvents } from '../../../commands/channels/handleLineEvents.ts';
import { isValidLineSignature } from '../../../domain/channels/lineSignature.ts';
import { AppError } from '../../../domain/errors.ts';
import type { AppDeps } from '../../appDeps.ts';
import { rejectControlCharacters } from '../../plugins/rejectControlCharacters.ts';
import { LineWebhookBody, LineWebhookHeaders } from './lineWebhookSchema.ts';

const validBody = Compile(LineWebhookBody);

/**
 * The LINE Official Account's webhook. The signature covers the raw bytes
 * LINE sent, so this route (and only this one: the parser is scoped to this
 * plugin) keeps the body as a Buffer, checks `X-Line-Signature` in constant
 * time, and only then reads the JSON. A wrong signature is 401 and touches
 * nothing; a body carrying a control character is 400, as on every route.
 */
export const lineWebhookRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const config = deps.channels ?? loadChannelConfig();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.post(
    '/api/channels/line/webhook',
    {
      schema: {
        tags: ['channels'],
        summary: 'LINE Official Account webhook: text, location and image messages become a complaint; replies with its tracking code',
        headers: LineWebhookHeaders,
        response: { 200: Type.Object({ ok: Type.Literal(true), handled: Type.Integer() }) },
      },
      config: { rateLimit: { max: 600, timeWindow: 60_000 } },
    },
    async (request) => {
      if (!config.lineChannelSecret) throw new AppError('not_found', { th: 'ยังไม่ได้ตั้งค่าบัญชี LINE', en: 'No LINE channel is configured.' });
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!isValidLineSignature(raw, request.headers['x-line-signature'], config.lineChannelSecret)) {
        throw new AppError('unauthenticated', {
          th: 'ลายเซ็น X-Line-Signature ไม่ถูกต้อง',
          en: 'The X-Line-Signature does not match the body.',
        });
      }
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new AppError('malformed_body');
      }
      if (!validBody.Check(body)) throw new AppError('validation_failed');
      // Checked only now: the body stays bytes until its signature is checked.
      rejectControlCharacters(body, 'body');
      const handled = await handleLineEvents({ db: deps.db, clock: deps.clock, config }, body.events);
      return { ok: true as const, handled };
    },
  );
};
