import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../domain/cards/cardFigures.ts';
import type { AppDeps } from '../../appDeps.ts';
import { describeCard, shareCardPng, type CardSubject } from '../../cards/shareCards.ts';
import { closeSharedChromium } from '../../printing/sharedChromium.ts';
import { standardErrors } from '../../schemas/common.ts';
import { PolicyCardParams, ProvinceCardParams, ShareCardInfo, ZoneCardParams } from './cardSchema.ts';

/** Drawing a card costs Chromium time; a stored card costs a read. Generous for a news desk, short of a flood. */
const limited = { rateLimit: { max: 120, timeWindow: '1 minute' } };

/**
 * Share cards (issue #12, seed 000): the 1200×630 PNG a Facebook or LINE post shows for a portal
 * page, and the same card described in words for `og:image:alt`. Public: complaint figures are
 * public aggregates, and a policy card exists only while its owner publishes the policy.
 */
export const cardRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.addHook('onClose', closeSharedChromium);

  const png = async (request: FastifyRequest, reply: FastifyReply, subject: CardSubject) => {
    const card = await describeCard(deps, subject);
    // The hash of the figures names the picture: a client holding it gets a 304 without the store being read.
    const etag = `"${card.hash}"`;
    // An hour in shared caches: the figures move with the 10-second fold, the card with them, but a feed needs no fresher picture.
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=3600')
      // News sites may show the card on their own pages; helmet's default would refuse it in their <img>.
      .header('cross-origin-resource-policy', 'cross-origin');
    const asked = request.headers['if-none-match'];
    if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    const { png: bytes } = await shareCardPng(deps, card);
    return reply.type('image/png').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  };
  const info = async (subject: CardSubject): Promise<ShareCardInfo> => {
    const card = await describeCard(deps, subject);
    return { imageUrl: card.imagePath, width: CARD_WIDTH, height: CARD_HEIGHT, altTh: card.alt.th, altEn: card.alt.en, version: card.hash };
  };
  const pngSchema = (summary: string) => ({
    tags: ['cards'],
    summary,
    response: {
      200: { description: 'PNG, 1200×630', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } },
      304: { description: 'Not modified: the ETag sent in If-None-Match is current', type: 'null' },
      ...standardErrors,
    },
  });

  app.get(
    '/cards/national.png',
    { schema: pngSchema("The country's complaint card of the current fiscal year"), config: limited },
    (request, reply) => png(request, reply, { kind: 'national' }),
  );
  app.get(
    '/cards/zones/:number.png',
    { schema: { ...pngSchema("An inspection zone's complaint card of the current fiscal year"), params: ZoneCardParams }, config: limited },
    (request, reply) => png(request, reply, { kind: 'zone', number: Number(request.params.number) }),
  );
  app.get(
    '/cards/provinces/:code.png',
    { schema: { ...pngSchema("A province's complaint card of the current fiscal year"), params: ProvinceCardParams }, config: limited },
    (request, reply) => png(request, reply, { kind: 'province', code: request.params.code }),
  );
  app.get(
    '/cards/policies/:id.png',
    { schema: { ...pngSchema("A published policy's or directive's progress card"), params: PolicyCardParams }, config: limited },
    (request, reply) => png(request, reply, { kind: 'policy', id: request.params.id }),
  );

  const infoSchema = (summary: string) => ({ tags: ['cards'], summary, response: { 200: ShareCardInfo, ...standardErrors } });
  app.get('/api/cards/national', { schema: infoSchema("Where the country's complaint card is and what it says"), config: limited }, () =>
    info({ kind: 'national' }),
  );
  app.get(
    '/api/cards/zones/:number',
    { schema: { ...infoSchema("Where an inspection zone's complaint card is and what it says"), params: ZoneCardParams }, config: limited },
    (request) => info({ kind: 'zone', number: Number(request.params.number) }),
  );
  app.get(
    '/api/cards/provinces/:code',
    { schema: { ...infoSchema("Where a province's complaint card is and what it says"), params: ProvinceCardParams }, config: limited },
    (request) => info({ kind: 'province', code: request.params.code }),
  );
  app.get(
    '/api/cards/policies/:id',
    { schema: { ...infoSchema("Where a published policy's card is and what it says"), params: PolicyCardParams }, config: limited },
    (request) => info({ kind: 'policy', id: request.params.id }),
  );
};
