import { readFileSync } from 'node:fs';

import type { SeenJiraCall } from './run-linter';

/**
 * Files the linter was given but did not parse. @forge/lint parses a TypeScript file only when
 * tsconfig.json's `include` globs list it, and reads a bare folder name ("src") as a glob that
 * matches the folder, not its files: every file is then skipped, silently.
 */
export const filesNotParsed = (files: string[], parsed: string[]): string[] =>
  files.filter((file) => !parsed.includes(file));

const isCode = (line: string): boolean => !/^\s*(\*|\/\/|\/\*)/.test(line);

/**
 * Each Jira route the code writes (a route`…` template) whose scope the linter did not check,
 * as "file:line". The linter reads a call's path and method only from a `requestJira(route`…`,
 * { method: '…' })` written in one expression; a route built in one place and requested in
 * another is invisible to it.
 */
export const routesNotSeen = (files: string[], seen: SeenJiraCall[]): string[] =>
  files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, index) => (isCode(text) && /\broute`/.test(text) ? [index + 1] : []))
      .filter((line) => !seen.some((call) => call.file === file && call.line === line))
      .map((line) => `${file}:${line}`),
  );
