import type { ChannelConfig } from '../channelConfig.ts';
import type { TrustProxy } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { ReadReplica } from '../db/readReplica.ts';
import type { Clock } from '../domain/clock.ts';

/** What the HTTP app is built from; tests pass a PGlite database and a manual clock. */
export interface AppDeps {
  db: Database;
  /**
   * A streaming replica (`DATABASE_READ_URL`) for the read routes, through `request.readDb`
   * (`plugins/readReplica.ts`); without one every read goes to `db`.
   */
  readReplica?: ReadReplica | undefined;
  clock: Clock;
  /** Folder of the built browser app; served at / when set. */
  webDir?: string;
  /** Send cookies with the Secure flag (default true; browsers accept Secure cookies on http://localhost). */
  cookieSecure?: boolean;
  /** Pino logger options or false. */
  logger?: boolean | object;
  /** Extra text shown on the sign-in page in demo mode, such as the demo accounts. */
  demoNotice?: string;
  /** Public complaint submissions allowed per minute from one address (default 20; the intake bench raises it). */
  publicComplaintsPerMinute?: number;
  /**
   * Proxies whose `X-Forwarded-For` names the client (`TRUST_PROXY`); default none, so the
   * address every per-address limit keys on is the peer's own and cannot be forged.
   */
  trustProxy?: TrustProxy;
  /** SMTP and LINE settings; default from the environment (`channelConfig.ts`). */
  channels?: ChannelConfig;
}
