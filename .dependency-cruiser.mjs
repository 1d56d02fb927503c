/**
 * The parts of Tidtam and which may import which (docs/ARCHITECTURE.md, "Parts
 * and their imports"). `npm run check` and `npm test` run it
 * (`npx depcruise src`); `test/architecture.test.ts` shows that each kind of
 * wrong import is caught.
 *
 * Each rule names one forbidden direction. Tests (`*.test.ts(x)` beside the
 * code) may import anything, as `test/` and `bench/` may; the rules are about
 * the code that ships. Type-only imports count everywhere except where a rule
 * says otherwise: a type from another part drags that part's module graph
 * into this part's type check, and a cycle of types is still a cycle.
 */
const test = '\\.test\\.tsx?$';
const rootFile = (name) => `^src/${name.replace('.', '\\.')}$`;

/** A rule that lets `part` import only from `allowed` (folders under src/ or files at src/'s top). */
function onlyFrom(name, part, allowed, comment) {
  const folders = allowed.filter((a) => !a.endsWith('.ts'));
  const files = allowed.filter((a) => a.endsWith('.ts')).map(rootFile);
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^src/${part}/`, pathNot: test },
    to: { path: '^src/', pathNot: [`^src/(${folders.join('|')})/`, ...files] },
  };
}

export default {
  forbidden: [
    {
      name: 'shared-stands-alone',
      comment:
        'src/shared runs in the browser and on the server, so it imports nothing but itself: no Node modules, ' +
        'no other part of src, and of npm packages only typebox, for the API schemas in src/shared/api (the browser ' +
        'imports those with `import type` only, so no schema code reaches its bundle).',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: test },
      to: { pathNot: ['^src/shared/', '^node_modules/typebox/'] },
    },
    onlyFrom(
      'domain-is-pure',
      'domain',
      ['domain', 'shared'],
      'src/domain is plain TypeScript with no I/O: the rules, lifecycles and policies, tested without a database. ' +
        'It imports only itself and src/shared; whatever it needs from the world is passed in.',
    ),
    {
      name: 'domain-no-node-io',
      comment:
        'src/domain does no I/O: of the Node modules only node:crypto (hashes, HMACs, random codes: computation) ' +
        'is allowed. Reading files or the network belongs to src/db or src/commands.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: test },
      to: { dependencyTypes: ['core'], pathNot: '^(node:)?crypto$' },
    },
    {
      name: 'domain-no-framework',
      comment:
        'src/domain uses only small pure libraries (schemas, password strength, CSV parsing and writing, line simplifying); ' +
        'a framework, a driver or a file-format library belongs to the layer that does the I/O. Add a pure library here on purpose.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: test },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/(typebox|@zxcvbn-ts/[^/]+|csv-parse|csv-stringify|simplify-js)/',
      },
    },
    onlyFrom(
      'db-below-commands',
      'db',
      ['db', 'domain', 'shared', 'projectRoot.ts'],
      'src/db is the storage layer: typed SQL, migrations, reference data. It may use domain types and shared limits ' +
        '(and projectRoot.ts to find the shipped SQL and reference files), never the layers that call it ' +
        '(server, commands, jobs, cli, demo, web): a query returns rows, a presenter shapes them.',
    ),
    onlyFrom(
      'commands-below-server',
      'commands',
      ['commands', 'db', 'domain', 'shared', 'channelConfig.ts'],
      'src/commands are the use cases, called by HTTP routes, jobs, the CLI and the demo alike, so they know nothing ' +
        'of HTTP, route schemas, jobs or the CLI: a command defines its own input type and the route schema satisfies it. ' +
        'channelConfig.ts is the LINE and SMTP settings record the LINE command fetches images with.',
    ),
    onlyFrom(
      'jobs-below-cli',
      'jobs',
      ['jobs', 'commands', 'db', 'domain', 'shared', 'channelConfig.ts'],
      'src/jobs run commands and queries on a schedule; they know nothing of HTTP or the CLI that starts them.',
    ),
    onlyFrom(
      'server-not-cli-or-web',
      'server',
      ['server', 'commands', 'domain', 'shared', 'db', 'config.ts', 'channelConfig.ts', 'projectRoot.ts'],
      'src/server is the HTTP edge: it parses, authorizes through commands and presents. It never imports the CLI ' +
        'that starts it, the jobs the CLI schedules, the demo, or the browser app it serves as built files.',
    ),
    {
      name: 'server-reads-through-commands',
      comment:
        'The server reads and writes through commands (one read path, issue 10); from src/db/queries it takes types ' +
        'only, so every route reads through one read function and every presenter maps what it returns.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: test },
      to: { path: '^src/db/queries/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'cli-not-web',
      comment: 'The CLI wires every server-side part together; the browser app reaches it only as built files.',
      severity: 'error',
      from: { path: '^src/cli/', pathNot: test },
      to: { path: '^src/web/' },
    },
    onlyFrom(
      'demo-uses-commands',
      'demo',
      ['demo', 'commands', 'db', 'domain', 'shared'],
      'The demo builds its accounts and cases through the same commands as everyone else, so it shows what they allow.',
    ),
    onlyFrom(
      'web-shares-only-shared',
      'web',
      ['web', 'shared'],
      'The browser app shares only src/shared with the server; it talks to the rest through the HTTP API. ' +
        "A server module in the bundle would ship the server's code and its imports to every browser.",
    ),
    {
      name: 'web-no-node',
      comment: 'The browser app runs in a browser: no Node modules.',
      severity: 'error',
      from: { path: '^src/web/', pathNot: test },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'root-files-stand-alone',
      comment:
        "src/config.ts, src/channelConfig.ts and src/projectRoot.ts read the environment and the repository's folder; " +
        'every part may be handed what they read, so they import no part.',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$', pathNot: test },
      to: { path: '^src/[^/]+/' },
    },
    {
      name: 'src-not-to-test-or-bench',
      comment: 'test/ and bench/ may import anything in src/, but what ships never imports them.',
      severity: 'error',
      from: { path: '^src/', pathNot: test },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes two modules one: neither can be understood, tested or moved alone, and ESM evaluates one of them ' +
        'half-initialised. Type-only imports count. Move the shared piece into its own file.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment:
        'A module nothing imports and that imports nothing is dead code or a forgotten wire. Tests, type ' +
        'declarations and the service worker (loaded by the browser, not imported) are the exceptions.',
      severity: 'error',
      from: { orphan: true, path: '^src/', pathNot: [test, '\\.d\\.ts$', '^src/web/public/'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    // Type-only imports are dependencies too (see above).
    tsPreCompilationDeps: true,
    moduleSystems: ['es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
