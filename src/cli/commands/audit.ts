import { readFileSync } from 'node:fs';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { readAuditAnchor, verifyAuditChain } from '../../commands/audit/verifyAuditChain.ts';
import { formatAnchor, parseAnchor, type AuditAnchor } from '../../domain/audit/auditVerdict.ts';
import { AppError } from '../../domain/errors.ts';
import type { Clock } from '../../domain/clock.ts';
import type { CommandOutput } from '../adminChannel/adminRequest.ts';
import { runOnDataFolder } from '../adminChannel/runOnDataFolder.ts';

/** Walks the audit chain and prints one line per problem, the first found first; exit 1 when there is any. */
export async function runAuditVerify(
  deps: { db: Database; clock: Clock },
  options: { anchor?: AuditAnchor | undefined },
  out: CommandOutput,
): Promise<number> {
  const verdict = await verifyAuditChain(deps.db, options.anchor ? { anchor: options.anchor } : {});
  for (const problem of verdict.problems) out.stdout(`${problem.line}\n`);
  if (verdict.ok) {
    const anchored = options.anchor ? `; anchor at seq ${options.anchor.seq} holds` : '';
    out.stdout(`audit chain intact: ${verdict.entries} entries, head seq=${verdict.head.seq} chain=${verdict.head.chainHash}${anchored}\n`);
    return 0;
  }
  out.stderr(
    `บันทึกตรวจสอบถูกแก้ไข: พบ ${verdict.problems.length} ปัญหาใน ${verdict.entries} รายการ ` +
      `(audit chain broken: ${verdict.problems.length} problems in ${verdict.entries} entries)\n`,
  );
  return 1;
}

/** Prints the chain's head: one line to print and publish, or JSON. */
export async function runAuditAnchor(deps: { db: Database }, options: { json: boolean }, out: CommandOutput): Promise<number> {
  const anchor = await readAuditAnchor(deps.db);
  out.stdout(options.json ? `${JSON.stringify(anchor)}\n` : `${formatAnchor(anchor)}\n`);
  return 0;
}

/** Reads an anchor file here (the server need not see it): the line `audit anchor` printed, or its JSON. */
function readAnchorFile(file: string): AuditAnchor {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AppError('validation_failed', { th: `อ่านไฟล์จุดยึด ${file} ไม่ได้`, en: `Cannot read the anchor file ${file}.` });
  }
  const anchor = parseAnchor(text);
  if (!anchor) {
    throw new AppError('validation_failed', {
      th: `ไฟล์ ${file} ไม่ใช่จุดยึดที่ tidtam audit anchor พิมพ์ออกมา`,
      en: `${file} is not an anchor printed by tidtam audit anchor.`,
    });
  }
  return anchor;
}

/** `tidtam audit verify [--anchor FILE]`. */
export async function auditVerifyCommand(config: Config, options: { anchor?: string }): Promise<void> {
  const anchor = options.anchor === undefined ? undefined : readAnchorFile(options.anchor);
  const request = { command: 'audit-verify' as const, ...(anchor ? { anchor: { seq: anchor.seq, chainHash: anchor.chainHash } } : {}) };
  await runOnDataFolder(config, request, (deps, out) => runAuditVerify(deps, { anchor }, out));
}

/** `tidtam audit anchor [--json]`. */
export async function auditAnchorCommand(config: Config, options: { json?: boolean }): Promise<void> {
  const json = Boolean(options.json);
  await runOnDataFolder(config, { command: 'audit-anchor', json }, (deps, out) => runAuditAnchor(deps, { json }, out));
}
