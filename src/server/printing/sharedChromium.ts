import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

/** Chromium's flags: headless, no sandbox in containers, and no traffic of its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long an idle browser is kept for the next job: a pack of reports or a burst of cards starts Chromium once, not per file. */
const IDLE_MS = 30_000;
let browser: Promise<Browser> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let working = 0;

async function launch(): Promise<Browser> {
  // Loaded when a document is first printed or a card first drawn, not at every server start.
  const { chromium } = await import('playwright-core');
  const launched = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  launched.on('disconnected', () => {
    browser = undefined;
  });
  return launched;
}

/** Closes the shared browser now (the app's `onClose`, and tests); the next job starts another. */
export async function closeSharedChromium(): Promise<void> {
  clearTimeout(idleTimer);
  const current = browser;
  browser = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
}

function scheduleIdleClose(): void {
  clearTimeout(idleTimer);
  if (working > 0) return;
  idleTimer = setTimeout(() => void closeSharedChromium(), IDLE_MS);
  idleTimer.unref();
}

/**
 * Runs `work` in a fresh browser context of the one shared Chromium (Debian's `/usr/bin/chromium`
 * or `CHROMIUM_PATH`), Thai locale and Bangkok time, with every network request blocked: what a
 * page shows comes inline. One browser serves every job while jobs keep coming (starting Chromium
 * costs about a second) and closes 30 s after the last; the context is closed after each job.
 */
export async function withChromiumContext<T>(options: BrowserContextOptions, work: (context: BrowserContext) => Promise<T>): Promise<T> {
  working += 1;
  clearTimeout(idleTimer);
  try {
    browser ??= launch();
    const context = await (await browser).newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', ...options });
    try {
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      return await work(context);
    } finally {
      await context.close();
    }
  } finally {
    working -= 1;
    scheduleIdleClose();
  }
}
