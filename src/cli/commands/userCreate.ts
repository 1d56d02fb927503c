import { createUser } from '../../commands/accounts/createUser.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { assertStrongPassword } from '../../domain/accounts/passwordPolicy.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import { roles, type Role } from '../../domain/roles.ts';
import { newSecret } from '../../commands/accounts/tokens.ts';
import type { AdminRequest, CommandOutput } from '../adminChannel/adminRequest.ts';
import { runOnDataFolder } from '../adminChannel/runOnDataFolder.ts';

type UserCreateRequest = Extract<AdminRequest, { command: 'user-create' }>;

/** Creates the account and says so (with the password when the CLI made it up): here, or in the server that holds the folder. */
export async function runUserCreate(deps: { db: Database; clock: Clock }, request: UserCreateRequest, out: CommandOutput): Promise<number> {
  const role = request.role as Role;
  if (!roles.includes(role)) {
    throw new AppError('validation_failed', {
      th: `--role ต้องเป็นหนึ่งใน ${roles.join(', ')}`,
      en: `--role must be one of ${roles.join(', ')}.`,
    });
  }
  assertStrongPassword(request.password, [request.username, request.displayName, request.email ?? '']);
  await createUser(deps, {
    username: request.username,
    displayName: request.displayName,
    email: request.email,
    password: request.password,
    role,
    unit: { code: request.unit },
    locale: 'th',
  });
  out.stdout(`Created ${role} "${request.username}" in unit ${request.unit}.\n`);
  if (request.showPassword) out.stdout(`Password (shown once): ${request.password}\n`);
  return 0;
}

/**
 * `tidtam user create --admin` bootstraps the first administrator on a new
 * installation; other roles are usually made in the browser by that admin.
 */
export async function userCreateCommand(
  config: Config,
  options: { username: string; name?: string; role?: string; admin?: boolean; unit?: string; password?: string; email?: string },
): Promise<void> {
  const role = options.admin ? 'admin' : (options.role ?? 'officer');
  if (!roles.includes(role as Role)) {
    throw new AppError('validation_failed', {
      th: `--role ต้องเป็นหนึ่งใน ${roles.join(', ')}`,
      en: `--role must be one of ${roles.join(', ')}.`,
    });
  }
  const password = options.password ?? process.env.TIDTAM_PASSWORD ?? newSecret().slice(0, 20);
  const request: UserCreateRequest = {
    command: 'user-create',
    username: options.username,
    displayName: options.name ?? options.username,
    role,
    unit: options.unit ?? 'RTG',
    email: options.email ?? null,
    password,
    showPassword: !options.password && !process.env.TIDTAM_PASSWORD,
  };
  // Checked before the database or the server is asked, so a weak password costs no migration and leaves no lock behind.
  assertStrongPassword(password, [request.username, request.displayName, request.email ?? '']);
  await runOnDataFolder(config, request, (deps, out) => runUserCreate(deps, request, out));
}
