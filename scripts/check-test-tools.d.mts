// Types of check-test-tools.mjs, for its test (test/checkTestTools.test.ts).
export interface TestTool {
  tool: string;
  debianPackage: string;
}
export type TestToolPlan =
  { kind: 'ready' } | { kind: 'install'; packages: string[]; commands: string[][] } | { kind: 'stop'; message: string };
export declare const testTools: TestTool[];
export declare function chromiumPath(env: NodeJS.ProcessEnv): string;
export declare function findMissingTools(options: { env: NodeJS.ProcessEnv; isExecutable: (file: string) => boolean }): TestTool[];
export declare function planTestTools(options: {
  missing: TestTool[];
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  hasAptGet: boolean;
}): TestToolPlan;
