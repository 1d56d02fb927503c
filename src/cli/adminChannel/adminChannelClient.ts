import http from 'node:http';
import { AppError, type ErrorCode } from '../../domain/errors.ts';
import type { AdminAnswerLine, AdminRequest, CommandOutput } from './adminRequest.ts';

/** How asking the server went: its command's exit code, or why nobody answered. */
export type AdminChannelAnswer = { reached: true; exitCode: number } | { reached: false; reason: 'absent' | 'forbidden' | 'refused' };

/**
 * Sends one command to a running server's admin channel and writes its output as it arrives, so
 * the command prints what it prints when it runs here. A refusal the server answered (a weak
 * password, a taken username) is thrown as the same `AppError`, and main.ts prints it the same way.
 */
export function sendToAdminChannel(socketPath: string, request: AdminRequest, out: CommandOutput): Promise<AdminChannelAnswer> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(request);
    const call = http.request(
      {
        socketPath,
        path: '/commands',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.setEncoding('utf8');
        let pending = '';
        let ended: AdminAnswerLine | undefined;
        const take = (line: string) => {
          if (line.trim() === '') return;
          const parsed = JSON.parse(line) as AdminAnswerLine;
          if ('stdout' in parsed) out.stdout(parsed.stdout);
          else if ('stderr' in parsed) out.stderr(parsed.stderr);
          else ended = parsed;
        };
        response.on('data', (chunk: string) => {
          if (response.statusCode !== 200) {
            pending += chunk;
            return;
          }
          const lines = (pending + chunk).split('\n');
          pending = lines.pop() ?? '';
          lines.forEach(take);
        });
        response.on('end', () => {
          if (response.statusCode !== 200) {
            const message = (JSON.parse(pending || '{}') as { message?: string }).message ?? `status ${response.statusCode}`;
            reject(new Error(`The server's admin channel refused the command: ${message}`));
            return;
          }
          take(pending);
          if (ended && 'exitCode' in ended) resolve({ reached: true, exitCode: ended.exitCode });
          else if (ended && 'error' in ended) {
            const { code, th, en, fields } = ended.error;
            reject(code ? new AppError(code as ErrorCode, { th: th ?? en, en, fields: fields ?? [] }) : new Error(en));
          } else reject(new Error('The server closed its admin channel before the command finished; see the server log.'));
        });
      },
    );
    call.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') resolve({ reached: false, reason: 'absent' });
      else if (error.code === 'EACCES' || error.code === 'EPERM') resolve({ reached: false, reason: 'forbidden' });
      else if (error.code === 'ECONNREFUSED' || error.code === 'ENOTSOCK') resolve({ reached: false, reason: 'refused' });
      else reject(error);
    });
    call.end(body);
  });
}
