import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { createOpen311ApiKey, OPEN311_DEFAULT_PER_MINUTE } from '../../commands/channels/createOpen311ApiKey.ts';
import type { CommandOutput } from '../adminChannel/adminRequest.ts';
import { runOnDataFolder } from '../adminChannel/runOnDataFolder.ts';

/** Creates the key and prints it: here on a free data folder, or in the server that holds it. */
export async function runOpen311KeyCreate(
  deps: { db: Database; clock: Clock },
  options: { name: string; perMinute?: number | undefined },
  out: CommandOutput,
): Promise<number> {
  const perMinute = options.perMinute ?? OPEN311_DEFAULT_PER_MINUTE;
  const { key } = await createOpen311ApiKey(deps, { name: options.name, perMinute });
  out.stderr(`Open311 API key for ${options.name}, ${perMinute} requests a minute (shown once; only its hash is stored):\n`);
  out.stdout(`${key}\n`);
  return 0;
}

/**
 * `tidtam open311 key create --name NAME [--per-minute N]`: prints a new key once, for the client to send
 * as `api_key`; its posts are limited to N a minute (default 600), counted per key.
 */
export async function open311KeyCreateCommand(config: Config, options: { name: string; perMinute?: number }): Promise<void> {
  const request = {
    command: 'open311-key-create' as const,
    name: options.name,
    ...(options.perMinute ? { perMinute: options.perMinute } : {}),
  };
  await runOnDataFolder(config, request, (deps, out) => runOpen311KeyCreate(deps, options, out));
}
