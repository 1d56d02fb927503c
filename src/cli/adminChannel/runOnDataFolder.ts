import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { DataDirLockedError } from '../../db/lockDataDir.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock, type Clock } from '../../domain/clock.ts';
import { sendToAdminChannel, type AdminChannelAnswer } from './adminChannelClient.ts';
import { AdminChannelUnavailableError, adminSocketPath } from './adminChannelUnavailableError.ts';
import type { AdminRequest, CommandOutput } from './adminRequest.ts';

const terminal: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progressStream: process.stderr,
};

/**
 * Runs a command that writes to the database. On PostgreSQL it just connects. On the embedded
 * database, a running server holds the folder (`lockDataDir`), so the command goes to the server's
 * admin channel when one answers; otherwise it opens the folder itself, and if the folder is held
 * all the same, says what to do instead of only refusing.
 */
export async function runOnDataFolder(
  config: Config,
  request: AdminRequest,
  runHere: (deps: { db: Database; clock: Clock }, out: CommandOutput) => Promise<number>,
  options: { prepare?: boolean } = {},
): Promise<void> {
  let answer: AdminChannelAnswer = { reached: false, reason: 'absent' };
  if (!config.databaseUrl) {
    answer = await sendToAdminChannel(adminSocketPath(config.dataDir), request, terminal);
    if (answer.reached) {
      if (answer.exitCode !== 0) process.exitCode = answer.exitCode;
      return;
    }
  }
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError && !answer.reached) {
      throw new AdminChannelUnavailableError(error.dataDir, request.command, answer.reason);
    }
    throw error;
  }
  try {
    // A backup reads the database as it is, and a restore brings its own schema: neither prepares it.
    if (options.prepare !== false) await prepareDatabase(db, { clock: systemClock });
    const exitCode = await runHere({ db, clock: systemClock }, terminal);
    if (exitCode !== 0) process.exitCode = exitCode;
  } finally {
    await db.close();
  }
}
