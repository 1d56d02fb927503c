import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
export async function startSmtpServer(): Promise<{ url: string; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface LineCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/**
 * A local HTTP server standing in for the LINE Messaging API: push, reply
 * and content. Like LINE, it answers 409 to a push whose X-Line-Retry-Key it
 * accepted before, and delivers that message only once. `failNext` makes the
 * next calls answer 500.
 */
export async function startLineApi(options: { images?: Record<string, Buffer> } = {}) {
  const delivered: LineCall[] = [];
  const calls: LineCall[] = [];
  const retryKeys = new Set<string>();
  const state = { failNext: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '';
      const content = /^\/v2\/bot\/message\/([^/]+)\/content$/.exec(url);
      if (request.method === 'GET' && content) {
        const image = options.images?.[content[1]!];
        response.writeHead(image ? 200 : 404, { 'content-type': 'image/jpeg' }).end(image ?? '');
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      const call: LineCall = { path: url, headers: request.headers, body: text ? JSON.parse(text) : null };
      calls.push(call);
      if (state.failNext > 0) {
        state.failNext--;
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"try later"}');
        return;
      }
      const key = request.headers['x-line-retry-key'];
      if (typeof key === 'string') {
        if (retryKeys.has(key)) {
          response.writeHead(409, { 'content-type': 'application/json' }).end('{"message":"The retry key is already accepted"}');
          return;
        }
        retryKeys.add(key);
      }
      delivered.push(call);
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    calls,
    delivered,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface SmsCall {
  headers: IncomingHttpHeaders;
  body: { to: string; from: string; text: string };
}

/**
 * A local HTTP server standing in for an SMS gateway (`POST /send` of `{to, from, text}` with a
 * bearer token). It answers 401 to a wrong token, delivers a message once per Idempotency-Key,
 * and `failNext` / `refuseNext` make the next calls answer 503 (try later) or 400 (never).
 */
export async function startSmsGateway(options: { token: string }) {
  const delivered: SmsCall[] = [];
  const calls: SmsCall[] = [];
  const keys = new Set<string>();
  const state = { failNext: 0, refuseNext: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const call: SmsCall = { headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') };
      calls.push(call);
      const answer = (status: number, body: object) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (request.method !== 'POST' || request.url !== '/send') return answer(404, { error: 'not found' });
      if (request.headers.authorization !== `Bearer ${options.token}`) return answer(401, { error: 'bad token' });
      if (state.failNext > 0) {
        state.failNext--;
        return answer(503, { error: 'try later' });
      }
      if (state.refuseNext > 0) {
        state.refuseNext--;
        return answer(400, { error: `invalid destination ${call.body.to}` });
      }
      const key = request.headers['idempotency-key'];
      if (typeof key === 'string' && keys.has(key)) return answer(200, { status: 'duplicate' });
      if (typeof key === 'string') keys.add(key);
      delivered.push(call);
      return answer(200, { status: 'queued' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    calls,
    delivered,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
