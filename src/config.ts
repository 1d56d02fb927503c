/**
 * Configuration comes from the environment, and `tidtam serve` flags override
 * it. Nothing else is read: the same build runs on a laptop (PGlite in
 * ./data) and in a ministry's data centre (PostgreSQL via DATABASE_URL).
 */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  cookieSecure: boolean;
  logLevel: string;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: Partial<Config> = {}): Config {
  return {
    port: flags.port ?? integer('PORT', env.PORT, 3000),
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    dataDir: flags.dataDir ?? env.DATA_DIR ?? './data',
    databaseUrl: flags.databaseUrl ?? (env.DATABASE_URL || undefined),
    poolSize: integer('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10),
    cookieSecure: env.COOKIE_SECURE !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
