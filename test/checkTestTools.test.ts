import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMissingTools, planTestTools, testTools } from '../scripts/check-test-tools.mjs';

/** `npm test` starts with scripts/check-test-tools.mjs: a fresh Debian machine gets its tools or one command, never a wall of failures. */
describe('the check of the tools the tests need', () => {
  const everything = (file: string) => ['/usr/bin/chromium', '/usr/bin/pdftotext', '/opt/chromium/chrome'].includes(file);

  it('finds Chromium at CHROMIUM_PATH or /usr/bin/chromium and pdftotext on the PATH', () => {
    expect(findMissingTools({ env: { PATH: '/usr/local/bin:/usr/bin' }, isExecutable: everything })).toEqual([]);
    expect(findMissingTools({ env: { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chromium/chrome' }, isExecutable: everything })).toEqual([]);
    expect(findMissingTools({ env: { PATH: '/nowhere' }, isExecutable: everything }).map((t) => t.tool)).toEqual(['pdftotext']);
    expect(findMissingTools({ env: { PATH: '' }, isExecutable: () => false })).toEqual(testTools);
  });

  it('installs as root with apt-get, printing the commands; anyone else gets the exact command with sudo', () => {
    const missing = testTools;
    expect(planTestTools({ missing: [], env: {}, isRoot: false, hasAptGet: false })).toEqual({ kind: 'ready' });
    expect(planTestTools({ missing, env: {}, isRoot: true, hasAptGet: true })).toEqual({
      kind: 'install',
      packages: ['chromium', 'poppler-utils'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'poppler-utils'],
      ],
    });
    const user = planTestTools({ missing, env: {}, isRoot: false, hasAptGet: true });
    expect(user.kind).toBe('stop');
    expect(user.kind === 'stop' && user.message).toContain('sudo apt-get update && sudo apt-get install -y chromium poppler-utils');
    const never = planTestTools({ missing: [testTools[1]!], env: { TEST_TOOLS_INSTALL: 'never' }, isRoot: true, hasAptGet: true });
    expect(never.kind === 'stop' && never.message).toContain('apt-get install -y poppler-utils');
  });

  it('says to fix a CHROMIUM_PATH that points nowhere instead of installing a package', () => {
    const plan = planTestTools({ missing: [testTools[0]!], env: { CHROMIUM_PATH: '/opt/none' }, isRoot: true, hasAptGet: true });
    expect(plan.kind).toBe('stop');
    expect(plan.kind === 'stop' && plan.message).toContain('CHROMIUM_PATH is /opt/none');
  });

  it('stops at once with the command when run on a machine without the tools', () => {
    const emptyBin = mkdtempSync(path.join(os.tmpdir(), 'tidtam-nobin-'));
    try {
      const started = Date.now();
      const result = spawnSync(process.execPath, ['scripts/check-test-tools.mjs'], {
        env: { PATH: emptyBin, CHROMIUM_PATH: path.join(emptyBin, 'chromium'), TEST_TOOLS_INSTALL: 'never' },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('CHROMIUM_PATH is');
      const noPdftotext = spawnSync(process.execPath, ['scripts/check-test-tools.mjs'], {
        env: { PATH: emptyBin, CHROMIUM_PATH: process.execPath, TEST_TOOLS_INSTALL: 'never' },
        encoding: 'utf8',
      });
      expect(noPdftotext.status).toBe(1);
      expect(noPdftotext.stderr).toMatch(/apt-get install -y poppler-utils\n/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      rmSync(emptyBin, { recursive: true, force: true });
    }
  });
});
