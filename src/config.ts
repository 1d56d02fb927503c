import { isIP } from 'node:net';

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
  /** A PostgreSQL streaming replica for dashboards, the portal, open data and lists; ignored on PGlite. */
  databaseReadUrl: string | undefined;
  readPoolSize: number;
  cookieSecure: boolean;
  logLevel: string;
  trustProxy: TrustProxy;
}

/**
 * Which peers may say, in `X-Forwarded-For`, who the client is: nobody
 * (`false`), the nearest N proxies (a hop count), or proxies at these
 * addresses and CIDR ranges. Every per-address limit keys on the address this
 * yields, so trusting everyone would let a client pick its own address and
 * step around the limits (OWASP ASVS 4.0 V1.4 / 13.4: do not trust
 * client-controlled headers for access decisions).
 */
export type TrustProxy = false | number | string[];

/** proxy-addr's names for address ranges, accepted beside addresses and CIDRs. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Reads `TRUST_PROXY`: unset, `off` or `false` trusts no proxy; a whole number
 * is a hop count; otherwise a comma-separated list of proxy addresses or CIDRs
 * (`10.0.0.5, 10.1.0.0/16`). `true` is refused: it would trust any client.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === 'off' || text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const wrong = entries.filter((entry) => !isProxyAddress(entry));
  if (text === 'true' || entries.length === 0 || wrong.length > 0) {
    throw new Error(
      `TRUST_PROXY must be off, a hop count (1) or the proxies' addresses or CIDRs (10.0.0.5,10.1.0.0/16), not "${text}"` +
        (text === 'true' ? ': true would let any client choose its own address with X-Forwarded-For' : ''),
    );
  }
  return entries;
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
    databaseReadUrl: flags.databaseReadUrl ?? (env.DATABASE_READ_URL || undefined),
    readPoolSize: integer(
      'DATABASE_READ_POOL_SIZE',
      env.DATABASE_READ_POOL_SIZE,
      integer('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10),
    ),
    cookieSecure: env.COOKIE_SECURE !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
