import { createOpen311ApiKey } from '../../src/commands/channels/createOpen311ApiKey.ts';
import { signLineBody } from '../../src/domain/channels/lineSignature.ts';
import { testChannels } from '../support/testApp.ts';
import { all, same, type RouteCase } from './kit.ts';

/**
 * The channels routes' cells of the authorization matrix. None of them looks
 * at a staff session: Open311 reads are public and its posts carry an
 * api_key; the LINE webhook is authenticated by its signature. So every role,
 * inside or outside, and an anonymous caller get the same answer.
 */
const open311Get = (route: string, url: string): RouteCase => ({
  route: `GET ${route}`,
  public: true,
  call: async () => ({ method: 'GET', url }),
  expected: same(all(200)),
});

export const channelsRouteCases: RouteCase[] = [
  {
    route: 'POST /api/channels/line/webhook',
    public: true,
    call: async () => ({ method: 'POST', url: '/api/channels/line/webhook', payload: { destination: 'Ubot', events: [] } }),
    send: async (ctx, _client, call) => {
      const body = JSON.stringify(call.payload);
      const response = await ctx.t.app.inject({
        method: 'POST',
        url: call.url,
        headers: { 'content-type': 'application/json', 'x-line-signature': signLineBody(body, testChannels.lineChannelSecret!) },
        payload: body,
      });
      return response.statusCode;
    },
    expected: same(all(200)),
  },
  open311Get('/open311/v2/discovery.{format}', '/open311/v2/discovery.json'),
  open311Get('/open311/v2/services.{format}', '/open311/v2/services.json'),
  open311Get('/open311/v2/services/{code}.{format}', '/open311/v2/services/roads.xml'),
  open311Get('/open311/v2/requests.{format}', '/open311/v2/requests.json'),
  {
    route: 'GET /open311/v2/requests/{id}.{format}',
    public: true,
    call: async (ctx) => {
      const { key } = await createOpen311ApiKey(ctx.t, { name: 'matrix' });
      const response = await ctx.t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        payload: { api_key: key, service_code: 'roads', address_id: '5001', description: 'ถนนชำรุดเป็นหลุมลึก' },
      });
      const [created] = JSON.parse(response.body) as { service_request_id: string }[];
      return { method: 'GET', url: `/open311/v2/requests/${created!.service_request_id}.json` };
    },
    expected: same(all(200)),
  },
  {
    route: 'POST /open311/v2/requests.{format}',
    public: true,
    call: async (ctx) => {
      const { key } = await createOpen311ApiKey(ctx.t, { name: 'matrix' });
      return {
        method: 'POST',
        url: '/open311/v2/requests.json',
        payload: { api_key: key, service_code: 'roads', address_id: '5001', description: 'ถนนชำรุดเป็นหลุมลึก' },
      };
    },
    expected: same(all(200)),
  },
];
