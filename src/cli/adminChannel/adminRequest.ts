import { Type, type Static } from 'typebox';

/**
 * The commands a running server takes over its admin channel (issue 13, item 16): the ones that
 * use the embedded data folder and that an administrator needs while the service runs. Each
 * is exactly what the CLI sends; the server runs the same function the CLI runs on a free folder.
 */
export const AdminRequest = Type.Union([
  Type.Object(
    {
      command: Type.Literal('open311-key-create'),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      perMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      command: Type.Literal('user-create'),
      username: Type.String({ minLength: 1, maxLength: 100 }),
      displayName: Type.String({ minLength: 1, maxLength: 200 }),
      role: Type.String({ minLength: 1, maxLength: 40 }),
      unit: Type.String({ minLength: 1, maxLength: 40 }),
      email: Type.Union([Type.String({ maxLength: 320 }), Type.Null()]),
      password: Type.String({ minLength: 1, maxLength: 1000 }),
      /** The CLI made the password up: print it once. */
      showPassword: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      command: Type.Literal('import-traffy'),
      /** An absolute path: the server reads the file itself (same machine, same OS user). */
      file: Type.String({ minLength: 1, maxLength: 4096, pattern: '^/' }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ command: Type.Literal('sweep') }, { additionalProperties: false }),
  Type.Object(
    {
      command: Type.Literal('audit-verify'),
      /** Read from the anchor file by the CLI. */
      anchor: Type.Optional(
        Type.Object(
          { seq: Type.Integer({ minimum: 0 }), chainHash: Type.String({ pattern: '^[0-9a-f]{64}$' }) },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object({ command: Type.Literal('audit-anchor'), json: Type.Boolean() }, { additionalProperties: false }),
  Type.Object(
    {
      command: Type.Literal('backup'),
      /** An absolute path: the server writes the file itself (same machine, same OS user). */
      file: Type.String({ minLength: 1, maxLength: 4096, pattern: '^/' }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      command: Type.Literal('restore'),
      /** An absolute path: the server reads the file itself. */
      file: Type.String({ minLength: 1, maxLength: 4096, pattern: '^/' }),
      replace: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
]);
export type AdminRequest = Static<typeof AdminRequest>;

/** Where a command writes: the terminal, or the admin channel's answer. */
export interface CommandOutput {
  stdout(text: string): void;
  stderr(text: string): void;
  /** For the progress bar (`createProgress`): a terminal draws a bar, anything else gets a line per tenth. */
  progressStream: NodeJS.WritableStream & { isTTY?: boolean };
}

/** One line of the admin channel's NDJSON answer: output as it comes, then how it ended. */
export type AdminAnswerLine =
  | { stdout: string }
  | { stderr: string }
  | { exitCode: number }
  | { error: { code?: string; th?: string; en: string; fields?: { path: string; th: string; en: string }[] } };
