import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { systemClock } from '../../domain/clock.ts';
import { createOpen311ApiKey } from '../../commands/channels/createOpen311ApiKey.ts';

/** `tidtam open311 key create --name NAME`: prints a new key once, for the client to send as `api_key`. */
export async function open311KeyCreateCommand(config: Config, options: { name: string }): Promise<void> {
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    const { key } = await createOpen311ApiKey({ db, clock: systemClock }, { name: options.name });
    process.stderr.write(`Open311 API key for ${options.name} (shown once; only its hash is stored):\n`);
    process.stdout.write(`${key}\n`);
  } finally {
    await db.close();
  }
}
