import path from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/projectRoot.ts';

/**
 * The parts and their imports (docs/ARCHITECTURE.md) hold by themselves
 * (issue 10): `npm run check` and `npm test` run dependency-cruiser with
 * `.dependency-cruiser.mjs` and ESLint with `max-lines` 400. This file shows
 * that each kind of mistake is caught, on a small tree of deliberately wrong
 * imports laid out like `src/` (test/fixtures/architecture), and that the
 * real `src/` has none.
 */
async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(path.join(projectRoot, '.dependency-cruiser.mjs'));
  const { output } = await cruise(['src'], { ...options, validate: true, baseDir });
  return (output as ICruiseResult).summary.violations
    .filter((violation) => violation.rule.severity === 'error')
    .map((violation) =>
      violation.cycle
        ? `${violation.rule.name}: ${violation.from} → ${violation.cycle.map((step) => step.name).join(' → ')}`
        : `${violation.rule.name}: ${violation.from} → ${violation.to}`,
    );
}

describe('the parts and their imports', () => {
  it('refuses commands importing a route schema, the browser importing the domain, and a cycle', async () => {
    const found = await violations(path.join(projectRoot, 'test', 'fixtures', 'architecture'));
    expect(found).toContain('commands-below-server: src/commands/fileThing.ts → src/server/routes/things/thingSchema.ts');
    expect(found).toContain('web-shares-only-shared: src/web/thingPage.ts → src/domain/thing.ts');
    // A type-only import closes a cycle too; the cycle is reported once.
    expect(
      found.filter((v) => /^no-circular: src\/domain\/cycle[AB]\.ts → src\/domain\/cycle[AB]\.ts → src\/domain\/cycle[AB]\.ts$/.test(v)),
    ).toHaveLength(1);
    expect(found).toHaveLength(3);
  });

  it('finds no error in src/ (the one warning rule, server → db/queries values, waits for the read path)', async () => {
    expect(await violations(projectRoot)).toEqual([]);
  });
});

describe('file length', () => {
  const lint = (lines: number) =>
    new ESLint({ cwd: projectRoot }).lintText(Array.from({ length: lines }, (_, i) => `export const line${i} = ${i};`).join('\n') + '\n', {
      filePath: path.join(projectRoot, 'src', 'domain', 'x.ts'),
    });

  it('refuses a 401-line source file and accepts 400 lines', async () => {
    const [tooLong] = await lint(401);
    expect(tooLong!.messages.map((m) => m.ruleId)).toEqual(['max-lines']);
    const [fits] = await lint(400);
    expect(fits!.messages).toEqual([]);
  });
});
