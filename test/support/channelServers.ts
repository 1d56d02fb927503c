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
