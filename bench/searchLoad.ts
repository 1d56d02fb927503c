import http from 'node:http';
import { percentile } from './support.ts';

/** One search of the mix: its class (common words, typos, ...) and the path it requests. */
export interface ClassedRequest {
  kind: string;
  path: string;
  /** Headers of this request alone (another user's session cookie), over the run's own. */
  headers?: Record<string, string>;
}

export interface ClassFigures {
  requests: number;
  /** Answers other than 200 (a statement cut by the bench's statement timeout answers 500); their time still counts. */
  failures: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * `connections` searchers side by side over keep-alive HTTP, each taking the next request of
 * `requests` in turn (so every class is asked as often, interleaved), until `seconds` have passed
 * or, with `rounds`, until the list has been gone through that many times. Answers the latencies
 * by class, by request path and overall; throughput is a class's answers over the whole run's time.
 * An answer other than 200 is counted as a failure with the time it took (a lower bound when the
 * bench's statement timeout cut it short), so a query too slow to finish still shows in the p95.
 */
export async function loadByClass(
  base: string,
  requests: readonly ClassedRequest[],
  options: { connections: number; seconds?: number; rounds?: number; headers?: Record<string, string> },
): Promise<Record<string, ClassFigures>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const total = options.rounds ? options.rounds * requests.length : Infinity;
  const deadline = options.seconds ? performance.now() + options.seconds * 1000 : Infinity;
  let next = 0;
  const get = (path: string, headers?: Record<string, string>) =>
    new Promise<boolean>((resolve, reject) => {
      const request = http.get(`${base}${path}`, { agent, headers: { ...options.headers, ...headers } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode === 200));
      });
      request.on('error', reject);
    });
  const started = performance.now();
  const searcher = async () => {
    while (next < total && performance.now() < deadline) {
      const request = requests[next++ % requests.length]!;
      const sent = performance.now();
      const ok = await get(request.path, request.headers);
      const took = performance.now() - sent;
      for (const kind of [request.kind, 'overall', `path ${request.path}`]) {
        (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(took);
        if (!ok) failures.set(kind, (failures.get(kind) ?? 0) + 1);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.connections }, searcher));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  return Object.fromEntries(
    [...latencies].map(([kind, values]) => [
      kind,
      {
        requests: values.length,
        failures: failures.get(kind) ?? 0,
        rps: values.length / seconds,
        p50: percentile(values, 50),
        p95: percentile(values, 95),
        p99: percentile(values, 99),
      },
    ]),
  );
}
