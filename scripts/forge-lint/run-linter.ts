import { createRequire } from 'node:module';
import { join } from 'node:path';

import { toolDir } from './install';

/** One finding of @forge/lint. */
export interface LintFinding {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'approval';
  message: string;
  /** The scope the fix would add, for a missing-permission finding. */
  missingScope: string | undefined;
}

/** A Jira REST call the linter found in the code and checked scopes for. */
export interface SeenJiraCall {
  file: string;
  line: number;
  method: string;
  path: string;
}

/** What one run of the client-side linters found. */
export interface LintRun {
  findings: LintFinding[];
  /** Files the linter parsed (it silently skips those tsconfig.json does not include). */
  parsedFiles: string[];
  jiraCalls: SeenJiraCall[];
  /** What the linter printed while running: only ever a linter that failed and was skipped. */
  messages: string[];
}

interface Rule {
  line: number;
  column: number;
  message: string;
  metadata?: { missingPermission?: unknown };
}

interface Result {
  file: string;
  errors: Rule[];
  warnings: Rule[];
  approvals: Rule[];
}

/** What the permission linter keeps per file: the product calls it found (a protected field). */
type ProductMatches = Map<string, { jira?: Omit<SeenJiraCall, 'file'>[] }>;

type Parse = (file: string, parser: unknown, read?: unknown) => Promise<unknown>;

/** The part of @forge/lint's exports used here (its own types need its install to type-check). */
interface ForgeLint {
  lint(
    files: string[],
    manifest: unknown,
    environment: string,
    logger: { info(message: string): void },
    statsig: { getDeprecatedRuntimes(): Promise<string[]> },
    config: { linter: { mode: 'client-side' }; linters: unknown[]; parseFunction: Parse },
  ): Promise<Result[]>;
  getClientSideLintersOnly(...args: unknown[]): Promise<unknown[]>;
  parseSourceFile: Parse;
  PermissionLinter: abstract new (...args: never[]) => unknown;
}

/**
 * Statsig is Atlassian's feature-flag service; the linters ask it only for deprecated runtimes.
 * Offline the answer is none, as the CLI itself falls back to when the service cannot be reached.
 */
const statsig = { getDeprecatedRuntimes: () => Promise.resolve([]) };

const asFindings = (result: Result): LintFinding[] =>
  (['errors', 'warnings', 'approvals'] as const).flatMap((kind) =>
    result[kind].map((rule) => ({
      file: result.file,
      line: rule.line,
      column: rule.column,
      severity: kind === 'errors' ? 'error' : kind === 'warnings' ? 'warning' : 'approval',
      message: rule.message,
      missingScope:
        typeof rule.metadata?.missingPermission === 'string'
          ? rule.metadata.missingPermission
          : undefined,
    })),
  );

/**
 * Parsed files by path relative to the app, kept across runs in this process: parsing builds a
 * TypeScript program of the whole tsconfig.json (10 s and more), and a second run on a copy of
 * the app with another manifest (see ./required-scopes.ts) reads the very same files.
 */
const parsedByFile = new Map<string, Promise<unknown>>();

/**
 * Runs @forge/lint's client-side linters (those `forge lint` runs without logging in) on `files`
 * with `manifest`, from the folder `cwd` (the linters read manifest.yml and tsconfig.json there).
 * Call goOffline() first. Throws when the linter throws (a file it cannot parse).
 */
export const runForgeLint = async (
  cwd: string,
  files: string[],
  manifest: unknown,
): Promise<LintRun> => {
  const forgeLint = createRequire(join(toolDir, 'package.json'))('@forge/lint') as ForgeLint;
  const messages: string[] = [];
  const logger = { info: (message: string) => messages.push(message) };
  const parsedFiles: string[] = [];
  const parseFunction: Parse = (file, parser, read) => {
    parsedFiles.push(file);
    const parsed = parsedByFile.get(file) ?? forgeLint.parseSourceFile(file, parser, read);
    parsedByFile.set(file, parsed);
    return parsed;
  };

  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const linters = await forgeLint.getClientSideLintersOnly(manifest, 'default', logger, statsig);
    const config = { linter: { mode: 'client-side' as const }, linters, parseFunction };
    const results = await forgeLint.lint(files, manifest, 'default', logger, statsig, config);
    const permissions = linters.find((linter) => linter instanceof forgeLint.PermissionLinter) as
      { matches?: ProductMatches } | undefined;
    const jiraCalls = [...(permissions?.matches ?? [])].flatMap(([file, found]) =>
      (found.jira ?? []).map((call) => ({ ...call, file })),
    );

    return { findings: results.flatMap(asFindings), parsedFiles, jiraCalls, messages };
  } finally {
    process.chdir(previous);
  }
};
