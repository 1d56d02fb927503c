import type { Database } from '../../db/database.ts';
import type { Clock } from '../../domain/clock.ts';
import { runAuditAnchor, runAuditVerify } from '../commands/audit.ts';
import { runBackup, runRestore } from '../commands/backup.ts';
import { runImportTraffy } from '../commands/importTraffy.ts';
import { runOpen311KeyCreate } from '../commands/open311KeyCreate.ts';
import { runSweep } from '../commands/sweep.ts';
import { runUserCreate } from '../commands/userCreate.ts';
import type { AdminRequest, CommandOutput } from './adminRequest.ts';

/** Runs a command the admin channel received, with the functions the CLI runs itself; answers the exit code. */
export async function runAdminCommand(deps: { db: Database; clock: Clock }, request: AdminRequest, out: CommandOutput): Promise<number> {
  switch (request.command) {
    case 'open311-key-create':
      return runOpen311KeyCreate(deps, request, out);
    case 'user-create':
      return runUserCreate(deps, request, out);
    case 'import-traffy':
      return runImportTraffy(deps, request.file, out);
    case 'sweep':
      return runSweep(deps, out);
    case 'audit-verify':
      return runAuditVerify(deps, { anchor: request.anchor }, out);
    case 'audit-anchor':
      return runAuditAnchor(deps, { json: request.json }, out);
    case 'backup':
      return runBackup(deps, request.file, out);
    case 'restore':
      return runRestore(deps, request.file, { replace: request.replace }, out);
  }
}
