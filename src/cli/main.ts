import { Command, InvalidArgumentError } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { DataDirLockedError } from '../db/lockDataDir.ts';
import { AdminChannelUnavailableError } from './adminChannel/adminChannelUnavailableError.ts';
import { AppError } from '../domain/errors.ts';

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError('a port number');
  return parsed;
}

interface DbFlags {
  dataDir?: string;
  databaseUrl?: string;
}

const withDbFlags = (command: Command) =>
  command
    .option('--data-dir <dir>', 'embedded database folder (DATA_DIR, default ./data)')
    .option('--database-url <url>', 'PostgreSQL connection string (DATABASE_URL)');

const configFrom = (flags: DbFlags & { port?: number; host?: string; databaseReadUrl?: string }): Config =>
  loadConfig(process.env, {
    ...(flags.dataDir ? { dataDir: flags.dataDir } : {}),
    ...(flags.databaseUrl ? { databaseUrl: flags.databaseUrl } : {}),
    ...(flags.databaseReadUrl ? { databaseReadUrl: flags.databaseReadUrl } : {}),
    ...(flags.port !== undefined ? { port: flags.port } : {}),
    ...(flags.host ? { host: flags.host } : {}),
  });

// Each command's module is loaded when it runs, so `tidtam import` does not load the web server first.
const program = new Command('tidtam').description('Tidtam (ติดตาม): follow every matter a government owes its people to the end');

withDbFlags(program.command('serve').description('serve the API and the browser app'))
  .option('--port <port>', 'port to listen on (PORT, default 3000)', port)
  .option('--host <host>', 'address to listen on (HOST, default 127.0.0.1)')
  .option('--demo', 'add demo accounts and cases to an empty database and show them')
  .option('--database-read-url <url>', 'PostgreSQL streaming replica for dashboards, portal, open data and lists (DATABASE_READ_URL)')
  .action(async (flags: DbFlags & { port?: number; host?: string; demo?: boolean; databaseReadUrl?: string }) =>
    (await import('./commands/serve.ts')).serve(configFrom(flags), { demo: Boolean(flags.demo) }),
  );

withDbFlags(program.command('migrate').description('apply database migrations and load reference data')).action(async (flags: DbFlags) =>
  (await import('./commands/migrate.ts')).migrateCommand(configFrom(flags)),
);

withDbFlags(program.command('seed').description('add demo data to an empty database'))
  .option('--demo', 'demo accounts and cases')
  .action(async (flags: DbFlags & { demo?: boolean }) =>
    (await import('./commands/seed.ts')).seedCommand(configFrom(flags), { demo: Boolean(flags.demo) }),
  );

withDbFlags(
  program
    .command('sweep')
    .description(
      'run the background jobs once: service-level reminders and escalations, the outbox, expired sessions, the open-data files',
    ),
).action(async (flags: DbFlags) => (await import('./commands/sweep.ts')).sweepCommand(configFrom(flags)));

withDbFlags(
  program
    .command('train')
    .description(
      'retrain the complaint classifier on the shipped complaints, staff corrections and closed cases; the new model replaces the current one only if it scores better on the latest days',
    ),
).action(async (flags: DbFlags) => (await import('./commands/train.ts')).trainCommand(configFrom(flags)));

const importer = program.command('import').description('import complaints from other systems');
withDbFlags(
  importer
    .command('traffy')
    .description('import a Traffy Fondue export (CSV): each ticket becomes a complaint routed to its Bangkok district office'),
)
  .argument('<file>', 'the CSV file')
  .action(async (file: string, flags: DbFlags) =>
    (await import('./commands/importTraffy.ts')).importTraffyCommand(configFrom(flags), file),
  );

const open311 = program.command('open311').description('Open311 GeoReport v2 clients');
withDbFlags(open311.command('key').command('create').description('print a new API key for an Open311 client'))
  .requiredOption('--name <name>', 'who the key is for, such as "Bangkok civic app"')
  .option('--per-minute <n>', 'requests a minute this key may post (default 600)')
  .action(async (flags: DbFlags & { name: string; perMinute?: string }) =>
    (await import('./commands/open311KeyCreate.ts')).open311KeyCreateCommand(configFrom(flags), {
      name: flags.name,
      ...(flags.perMinute !== undefined ? { perMinute: Number(flags.perMinute) } : {}),
    }),
  );

const openData = program.command('opendata').description('open data: the files the catalogue, CKAN API and portal offer');
withDbFlags(
  openData
    .command('export')
    .description('write every dataset as CSV, JSON and XLSX with its data dictionary now (the server does it daily)'),
).action(async (flags: DbFlags) => (await import('./commands/openDataExport.ts')).openDataExportCommand(configFrom(flags)));

const audit = program.command('audit').description('the tamper-evident audit trail: one hash chain over every case and audit event');
withDbFlags(
  audit
    .command('verify')
    .description('walk the chain and name every event altered, deleted or inserted since it was written; exit 1 if any'),
)
  .option('--anchor <file>', 'also check that the chain still has the hash an earlier `audit anchor` printed')
  .action(async (flags: DbFlags & { anchor?: string }) =>
    (await import('./commands/audit.ts')).auditVerifyCommand(configFrom(flags), flags.anchor === undefined ? {} : { anchor: flags.anchor }),
  );
withDbFlags(audit.command('anchor').description("print the chain's head (seq and hash) to publish, for `audit verify --anchor` later"))
  .option('--json', 'as JSON')
  .action(async (flags: DbFlags & { json?: boolean }) =>
    (await import('./commands/audit.ts')).auditAnchorCommand(configFrom(flags), { json: Boolean(flags.json) }),
  );

const user = program.command('user').description('staff accounts');
withDbFlags(user.command('create').description('create a staff account (use --admin for the first administrator)'))
  .requiredOption('--username <name>', 'sign-in name')
  .option('--name <display>', 'name shown on screens')
  .option('--admin', 'make an administrator')
  .option('--role <role>', 'admin, delivery_unit, coordinator, officer, operator or viewer')
  .option('--unit <code>', 'unit code, such as PH-50 (default RTG, the government)')
  .option('--email <email>', 'e-mail address')
  .option('--password <password>', 'password (or TIDTAM_PASSWORD); a random one is printed when omitted')
  .action(
    async (
      flags: DbFlags & {
        username: string;
        name?: string;
        admin?: boolean;
        role?: string;
        unit?: string;
        email?: string;
        password?: string;
      },
    ) => (await import('./commands/userCreate.ts')).userCreateCommand(configFrom(flags), flags),
  );

withDbFlags(
  program
    .command('backup')
    .description('write every table, files and photos included, to one file (gzip tar) while the server runs; restores on either engine'),
)
  .argument('<file>', 'the backup file to write')
  .action(async (file: string, flags: DbFlags) => (await import('./commands/backup.ts')).backupCommand(configFrom(flags), file));

withDbFlags(
  program
    .command('restore')
    .description('load a backup into an empty database (or, with --replace, instead of everything in it), in one transaction'),
)
  .argument('<file>', 'the backup file')
  .option('--replace', 'replace all data in a database that is in use')
  .action(async (file: string, flags: DbFlags & { replace?: boolean }) =>
    (await import('./commands/backup.ts')).restoreCommand(configFrom(flags), file, { replace: Boolean(flags.replace) }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof AdminChannelUnavailableError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(75);
  }
  // A refusal is one line, Thai then English, and no stack trace; field problems that add to it follow, one a line.
  if (error instanceof AppError) {
    const details = error.fields.filter((f) => f.en !== error.message).map((f) => `  ${f.path}: ${f.th} (${f.en})\n`);
    process.stderr.write(`${error.th} (${error.message})\n${details.join('')}`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
