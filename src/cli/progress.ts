import cliProgress from 'cli-progress';

/**
 * A progress bar on a terminal, and plain lines elsewhere (CI logs, pipes),
 * so long work (imports, seeding, benchmarks) always shows how far it is.
 */
export interface Progress {
  start(total: number, label: string): void;
  increment(by?: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): Progress {
  if (!stream.isTTY) {
    let label = '';
    let total = 0;
    let done = 0;
    let lastShown = -1;
    return {
      start(t, l) {
        total = t;
        label = l;
        done = 0;
        lastShown = -1;
        stream.write(`${label}: 0/${total}\n`);
      },
      increment(by = 1) {
        done += by;
        const tenth = Math.floor((done / Math.max(total, 1)) * 10);
        if (tenth !== lastShown && tenth > 0) {
          lastShown = tenth;
          stream.write(`${label}: ${done}/${total}\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: '{label} [{bar}] {value}/{total} {percentage}% | {eta_formatted} left', stream, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, label) => bar.start(total, 0, { label }),
    increment: (by = 1) => bar.increment(by),
    stop: () => bar.stop(),
  };
}
