// Runs first in `npm test` (and in .ci/run): the browser tests need Chromium and the report tests
// `pdftotext`. A machine without them would otherwise print hundreds of failing tests; instead, as
// root with apt-get they are installed here (what .ci/run always did), and anyone else is told the
// one command to run, at once.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The one list of system packages the tests need (Debian names). */
export const testTools = [
  { tool: 'chromium', debianPackage: 'chromium' },
  { tool: 'pdftotext', debianPackage: 'poppler-utils' },
];

/** Where Chromium is looked for: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` (as test/support/browser.ts and the printer). */
export function chromiumPath(env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The tools of `testTools` that are missing, given how the environment and the file system answer. */
export function findMissingTools({ env, isExecutable }) {
  return testTools.filter(({ tool }) => (tool === 'chromium' ? !isExecutable(chromiumPath(env)) : !onPath(tool, { env, isExecutable })));
}

function onPath(name, { env, isExecutable }) {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && isExecutable(path.join(dir, name)));
}

/**
 * What to do about missing tools: nothing, install them (root with apt-get, unless
 * `TEST_TOOLS_INSTALL=never`), or stop with the exact command. A `CHROMIUM_PATH` that points
 * nowhere is a setting to fix, not a package to install.
 */
export function planTestTools({ missing, env, isRoot, hasAptGet }) {
  if (missing.length === 0) return { kind: 'ready' };
  const wrongChromiumPath = env.CHROMIUM_PATH && missing.some(({ tool }) => tool === 'chromium');
  if (wrongChromiumPath) {
    return {
      kind: 'stop',
      message:
        `CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file: point it at Chromium, or unset it to use /usr/bin/chromium.\n` +
        `CHROMIUM_PATH ชี้ไปที่ ${env.CHROMIUM_PATH} ซึ่งไม่ใช่โปรแกรมที่เรียกใช้ได้ โปรดแก้ให้ชี้ไปที่ Chromium หรือยกเลิกค่านี้`,
    };
  }
  const packages = missing.map(({ debianPackage }) => debianPackage);
  const install = ['apt-get', 'install', '-y', ...packages];
  if (isRoot && hasAptGet && env.TEST_TOOLS_INSTALL !== 'never') {
    return { kind: 'install', packages, commands: [['apt-get', 'update'], install] };
  }
  const command = `${isRoot ? '' : 'sudo '}apt-get update && ${isRoot ? '' : 'sudo '}${install.join(' ')}`;
  const tools = missing.map(({ tool }) => tool).join(' and ');
  return {
    kind: 'stop',
    message:
      `The tests need ${tools}, which this machine does not have. Install ${missing.length > 1 ? 'them' : 'it'} (Debian or Ubuntu), then run npm test again:\n` +
      `  ${command}\n` +
      `การทดสอบต้องใช้ ${tools} ซึ่งเครื่องนี้ยังไม่มี ติดตั้งด้วยคำสั่งข้างบนแล้วสั่ง npm test อีกครั้ง`,
  };
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function main() {
  const env = process.env;
  const missing = findMissingTools({ env, isExecutable });
  const plan = planTestTools({
    missing,
    env,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    hasAptGet: onPath('apt-get', { env, isExecutable }),
  });
  if (plan.kind === 'ready') return 0;
  if (plan.kind === 'stop') {
    process.stderr.write(`${plan.message}\n`);
    return 1;
  }
  process.stderr.write(`Installing what the tests need: ${plan.packages.join(' ')}\n`);
  for (const command of plan.commands) {
    process.stderr.write(`$ ${command.join(' ')}\n`);
    const result = spawnSync(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      process.stderr.write(
        `${command.join(' ')} failed (${result.status ?? result.signal}); install ${plan.packages.join(' ')} and run npm test again.\n`,
      );
      return 1;
    }
  }
  const still = findMissingTools({ env, isExecutable });
  if (still.length > 0) {
    process.stderr.write(`Still missing after installing: ${still.map(({ tool }) => tool).join(', ')}.\n`);
    return 1;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
