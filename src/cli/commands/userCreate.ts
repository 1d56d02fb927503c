import { createUser } from '../../commands/accounts/createUser.ts';
import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { assertStrongPassword } from '../../domain/accounts/passwordPolicy.ts';
import { systemClock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import { roles, type Role } from '../../domain/roles.ts';
import { newSecret } from '../../commands/accounts/tokens.ts';

/**
 * `tidtam user create --admin` bootstraps the first administrator on a new
 * installation; other roles are usually made in the browser by that admin.
 */
export async function userCreateCommand(
  config: Config,
  options: { username: string; name?: string; role?: string; admin?: boolean; unit?: string; password?: string; email?: string },
): Promise<void> {
  const role = (options.admin ? 'admin' : (options.role ?? 'officer')) as Role;
  if (!roles.includes(role)) {
    throw new AppError('validation_failed', {
      th: `--role ต้องเป็นหนึ่งใน ${roles.join(', ')}`,
      en: `--role must be one of ${roles.join(', ')}.`,
    });
  }
  const password = options.password ?? process.env.TIDTAM_PASSWORD ?? newSecret().slice(0, 20);
  // Checked before the database is opened, so a weak password costs no migration and leaves no lock behind.
  assertStrongPassword(password, [options.username, options.name ?? '', options.email ?? '']);
  const db = await openDatabase(config);
  try {
    await prepareDatabase(db, { clock: systemClock });
    await createUser(
      { db, clock: systemClock },
      {
        username: options.username,
        displayName: options.name ?? options.username,
        email: options.email ?? null,
        password,
        role,
        unit: { code: options.unit ?? 'RTG' },
        locale: 'th',
      },
    );
    process.stdout.write(`Created ${role} "${options.username}" in unit ${options.unit ?? 'RTG'}.\n`);
    if (!options.password && !process.env.TIDTAM_PASSWORD) process.stdout.write(`Password (shown once): ${password}\n`);
  } finally {
    await db.close();
  }
}
