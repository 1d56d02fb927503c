import { chmodSync, rmSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { isAppError } from '../../domain/errors.ts';
import { AdminRequest, type AdminAnswerLine, type CommandOutput } from './adminRequest.ts';
import { adminSocketPath } from './adminChannelUnavailableError.ts';
import { runAdminCommand } from './runAdminCommand.ts';

/**
 * The admin channel of `tidtam serve` on the embedded database (issue 13, item 16): while the
 * server holds the data folder's lock, `tidtam open311 key create`, `user create`, `import traffy`
 * and `sweep` send their command here and print the answer, instead of refusing. A separate small
 * Fastify app on a Unix domain socket in the data folder, mode 0600: never on TCP, and only the OS
 * user who owns the folder (and root) can connect, which is who could open the folder anyway.
 * The answer is NDJSON, streamed, so a long import shows its progress.
 */
export async function startAdminChannel(deps: {
  db: Database;
  clock: Clock;
  dataDir: string;
  log: (line: string) => void;
}): Promise<{ socketPath: string; close(): Promise<void> } | null> {
  const socketPath = adminSocketPath(deps.dataDir);
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    // Fastify's default strips unknown properties, which inside a union would strip one command's fields while trying another's.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.post('/commands', { schema: { body: AdminRequest } }, (request, reply) => {
    const answer = new PassThrough();
    const send = (line: AdminAnswerLine) => answer.write(`${JSON.stringify(line)}\n`);
    const out: CommandOutput = {
      stdout: (text) => send({ stdout: text }),
      stderr: (text) => send({ stderr: text }),
      progressStream: new Writable({
        write(chunk: Buffer | string, _encoding, callback) {
          send({ stderr: chunk.toString() });
          callback();
        },
      }),
    };
    deps.log(`admin channel: ${request.body.command}`);
    runAdminCommand(deps, request.body, out)
      .then((exitCode) => send({ exitCode }))
      .catch((error: unknown) => {
        send({
          error: isAppError(error)
            ? { code: error.code, th: error.th, en: error.message, fields: error.fields }
            : { en: error instanceof Error ? error.message : String(error) },
        });
      })
      .finally(() => answer.end());
    return reply.type('application/x-ndjson').send(answer);
  });
  // We hold the folder's lock, so a socket file left here is a dead server's.
  rmSync(socketPath, { force: true });
  // Made owner-only from its first moment: the umask covers the gap before chmod.
  const umask = process.umask(0o177);
  try {
    await app.listen({ path: socketPath });
  } catch (error) {
    // A data folder path too long for a socket address (about 100 bytes) leaves the commands to a stopped server.
    deps.log(`admin channel off (${socketPath}): ${error instanceof Error ? error.message : String(error)}`);
    await app.close();
    return null;
  } finally {
    process.umask(umask);
  }
  chmodSync(socketPath, 0o600);
  return {
    socketPath,
    close: async () => {
      await app.close();
      rmSync(socketPath, { force: true });
    },
  };
}
