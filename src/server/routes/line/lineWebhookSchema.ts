import { Type, type Static } from 'typebox';

/**
 * The parts of a LINE Messaging API webhook body Tidtam reads
 * (developers.line.biz/en/reference/messaging-api/#webhook-event-objects).
 * LINE adds fields over time, so unknown fields are allowed here, unlike in
 * Tidtam's own API.
 */
const Source = Type.Object({ type: Type.String(), userId: Type.Optional(Type.String({ maxLength: 100 })) });

const Message = Type.Union([
  Type.Object({ type: Type.Literal('text'), id: Type.String(), text: Type.String({ maxLength: 5000 }) }),
  Type.Object({
    type: Type.Literal('location'),
    id: Type.String(),
    title: Type.Optional(Type.String()),
    address: Type.Optional(Type.String({ maxLength: 500 })),
    latitude: Type.Number({ minimum: -90, maximum: 90 }),
    longitude: Type.Number({ minimum: -180, maximum: 180 }),
  }),
  Type.Object({ type: Type.Literal('image'), id: Type.String({ pattern: '^[0-9A-Za-z_-]{1,64}$' }) }),
  Type.Object({ type: Type.String(), id: Type.String() }),
]);

export const LineEvent = Type.Object({
  type: Type.String(),
  webhookEventId: Type.String({ minLength: 1, maxLength: 100 }),
  timestamp: Type.Number(),
  source: Type.Optional(Source),
  replyToken: Type.Optional(Type.String({ maxLength: 200 })),
  message: Type.Optional(Message),
});
export type LineEvent = Static<typeof LineEvent>;

export const LineWebhookBody = Type.Object({ destination: Type.String(), events: Type.Array(LineEvent, { maxItems: 100 }) });
export type LineWebhookBody = Static<typeof LineWebhookBody>;

export const LineWebhookHeaders = Type.Object({
  'x-line-signature': Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'base64 HMAC-SHA256 of the raw body with the channel secret',
  }),
});
