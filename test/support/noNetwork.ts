import dns from 'node:dns';
import net from 'node:net';

/**
 * Tests talk only to this machine. Any attempt to open a connection to
 * another host, or to resolve a name other than localhost, throws and fails
 * the test that made it.
 */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function assertLocal(host: unknown): void {
  if (host === undefined || host === null || host === '') return;
  if (typeof host === 'string' && LOOPBACK.test(host)) return;
  throw new Error(`Test tried to reach ${String(host)}: tests may only talk to 127.0.0.1`);
}

// Set up once per process: the server project's workers run this file before each test file (isolate: false).
const installed = Symbol.for('tidtam.noNetwork');
if (!(installed in globalThis)) {
  Object.defineProperty(globalThis, installed, { value: true });
  install();
}

function install(): void {
  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    if (first && typeof first === 'object' && !Array.isArray(first)) {
      const options = first as { host?: string; path?: string };
      if (!options.path) assertLocal(options.host ?? 'localhost');
    } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
      assertLocal(typeof args[1] === 'string' ? args[1] : 'localhost');
    }
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  const originalLookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = function lookup(hostname: string, ...rest: unknown[]) {
    assertLocal(hostname);
    return (originalLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
}
