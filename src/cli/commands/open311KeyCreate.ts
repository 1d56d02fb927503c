import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { createOpen311ApiKey, OPEN311_DEFAULT_PER_MINUTE } from '../../commands/channels/createOpen311ApiKey.ts';

/**
 * `tidtam open311 key create --name NAME [--per-minute N]`: prints a new key once, for the client to send
 * as `api_key`; its posts are limited to N a minute (default 600), counted per key.
 */
export async function open311KeyCreateCommand(config: Config, options: { name: string; perMinute?: number }): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    const perMinute = options.perMinute ?? OPEN311_DEFAULT_PER_MINUTE;
    const { key } = await createOpen311ApiKey({ db, clock: systemClock }, { name: options.name, perMinute });
    process.stderr.write(`Open311 API key for ${options.name}, ${perMinute} requests a minute (shown once; only its hash is stored):\n`);
    process.stdout.write(`${key}\n`);
  } finally {
    await db.close();
  }
}
