import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../../db/database.ts';
import { isWalPosition, laterWalPosition, primaryWalPosition, type ReadReplica } from '../../db/readReplica.ts';

/** Where a browser keeps the primary's WAL position after its last write (a short while: a replica is normally under a second behind). */
export const READ_AFTER_COOKIE = 'tidtam_lsn';
/** The same position for API clients: answered after each write, and sent back to read what was written. */
export const READ_AFTER_HEADER = 'x-tidtam-read-after';
const READ_AFTER_SECONDS = 60;

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The database a read route passes to its read function: the replica when one is set and has
     * caught up with this client's last write, else the primary. Never for anything that writes.
     */
    readDb: Database;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The client's last write position: the header an API client sends back, or the browser's cookie; the later of the two. */
function readAfter(request: FastifyRequest): string | undefined {
  const header = request.headers[READ_AFTER_HEADER];
  const fromHeader = typeof header === 'string' && isWalPosition(header.trim()) ? header.trim() : undefined;
  const cookie = request.cookies[READ_AFTER_COOKIE];
  return laterWalPosition(fromHeader, isWalPosition(cookie) ? cookie : undefined);
}

/**
 * The read side for one request, chosen at its first statement (a route that never reads pays
 * nothing): the replica when the client carries no position, or once the replica has replayed up to
 * it (waiting up to `REPLICA_WAIT_MS`); else the primary, so a user reads their own writes.
 */
function readerFor(primary: Database, replica: ReadReplica, position: string | undefined): Database {
  if (!position) return replica.db;
  let chosen: Promise<Database> | undefined;
  const side = () => (chosen ??= replica.caughtUpTo(position).then((caughtUp) => (caughtUp ? replica.db : primary)));
  return {
    engine: primary.engine,
    query: async (sql, params, options) => (await side()).query(sql, params, options),
    exec: async (sql) => (await side()).exec(sql),
    transaction: async (work) => (await side()).transaction(work),
    close: async () => undefined,
  };
}

/**
 * Read routing in one place. Every request gets `request.readDb`; the read routes (dashboards, the
 * portal, open data, lists) hand it to their read functions, everything else keeps `deps.db`. After
 * a successful write the answer carries the primary's WAL position (header and cookie) so the
 * client's next reads wait for the replica to reach it or go to the primary. Without a replica
 * `readDb` is the primary and nothing is added to answers.
 */
async function readReplicaRouting(
  app: FastifyInstance,
  deps: { db: Database; readReplica?: ReadReplica | undefined; cookieSecure: boolean },
): Promise<void> {
  const { db, readReplica } = deps;
  app.decorateRequest('readDb', null as unknown as Database);
  if (!readReplica) {
    app.addHook('onRequest', async (request) => {
      request.readDb = db;
    });
    return;
  }
  app.addHook('onRequest', async (request) => {
    request.readDb = readerFor(db, readReplica, readAfter(request));
  });
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (READS.has(request.method) || reply.statusCode >= 400) return payload;
    const position = await primaryWalPosition(db).catch(() => undefined);
    if (!position) return payload;
    reply.header(READ_AFTER_HEADER, position);
    reply.setCookie(READ_AFTER_COOKIE, position, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: deps.cookieSecure,
      maxAge: READ_AFTER_SECONDS,
    });
    return payload;
  });
}

export const readReplicaPlugin = fp(readReplicaRouting, { name: 'tidtam-read-replica', dependencies: ['tidtam-authenticate'] });
