/**
 * `npm run lint:forge`: Atlassian's own Forge linter (@forge/lint, the library behind `forge lint`)
 * on manifest.yml and src/, offline, failing on any error, warning or approval it reports.
 *
 * How it runs without the network or the Forge CLI:
 * - installed apart, in tools/forge-lint, with --ignore-scripts (see ./forge-lint/install.ts);
 * - its client-side linters only (the server-side one needs a Forge login);
 * - the API descriptions it downloads are local files (see ./forge-lint/offline.ts), and any
 *   network use in this process throws;
 * - its feature-flag lookup answers "no deprecated runtime" (see ./forge-lint/run-linter.ts).
 *
 * It then holds the manifest's scopes to exactly those the code and the triggers need: those the
 * linter asks for, plus the few it cannot see (see ./forge-lint/required-scopes.ts). It fails
 * when the linter could not see part of the code (a skipped file, a route or method it cannot
 * read), since the scope check would then pass for want of looking.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

import { parse } from 'yaml';

import { filesNotParsed, requestsMisread, routesNotSeen } from './forge-lint/blind-spots';
import { ensureForgeLint } from './forge-lint/install';
import { goOffline } from './forge-lint/offline';
import {
  type RequiredScope,
  scopesHiddenFromTheLinter,
  scopesTheLinterRequires,
} from './forge-lint/required-scopes';
import { runForgeLint } from './forge-lint/run-linter';

const repoDir = resolve(__dirname, '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.[jt]sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
      ? [relative(repoDir, path)]
      : [];
  });

const byScope = (required: RequiredScope[]): Map<string, RequiredScope[]> => {
  const grouped = new Map<string, RequiredScope[]>();
  for (const entry of [...required].sort((a, b) => a.scope.localeCompare(b.scope))) {
    grouped.set(entry.scope, [...(grouped.get(entry.scope) ?? []), entry]);
  }
  return grouped;
};

const scopeProblems = (declared: string[], required: Map<string, RequiredScope[]>): string[] => {
  const extra = declared.filter((scope) => !required.has(scope));
  const missing = [...required.keys()].filter((scope) => !declared.includes(scope));
  return [
    ...extra.map(
      (scope) =>
        `manifest.yml: scope ${scope} is declared but no code or trigger needs it; remove it`,
    ),
    ...missing.map((scope) => {
      const first = required.get(scope)?.[0];
      const where = first === undefined ? '' : ` (${first.where}: ${first.because})`;
      return `manifest.yml: scope ${scope} is needed but not declared${where}; add it`;
    }),
  ];
};

const skippedFiles = (skipped: string[]): string[] => {
  if (skipped.length === 0) return [];
  const some = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ', …' : '');
  return [
    `${skipped.length} files skipped by @forge/lint, so not checked (${some}): ` +
      'tsconfig.json "include" must list them by a glob such as "src/**/*", not a bare folder name',
  ];
};

const main = async (): Promise<boolean> => {
  const version = ensureForgeLint();
  goOffline();
  process.chdir(repoDir);
  const files = sourceFiles(join(repoDir, 'src'));
  const manifest = parse(readFileSync(join(repoDir, 'manifest.yml'), 'utf8')) as {
    permissions?: { scopes?: string[] };
  };

  const run = await runForgeLint(repoDir, files, manifest);
  const fromLinter = await scopesTheLinterRequires(repoDir, files);
  const hidden = scopesHiddenFromTheLinter(files, fromLinter.run.jiraCalls);
  const required = byScope([...fromLinter.required, ...hidden]);
  const declared = manifest.permissions?.scopes ?? [];

  const problems = [
    ...run.findings.map(
      (finding) =>
        `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message}`,
    ),
    ...run.messages.map((message) => `@forge/lint: ${stripVTControlCharacters(message).trim()}`),
    ...skippedFiles(filesNotParsed(files, run.parsedFiles)),
    ...routesNotSeen(files, run.jiraCalls).map(
      (where) =>
        `${where}: @forge/lint cannot check the scope of this route; pass route\`…\` straight ` +
        "to requestJira(route`…`, { method: '…' }) so it sees path and method",
    ),
    ...requestsMisread(files).map(
      (where) => `${where}; write requestJira(route\`…\`, { method: '…' }) in one expression`,
    ),
    ...scopeProblems(declared, required),
  ];

  console.log(
    `@forge/lint ${version}, offline, client-side linters: ` +
      `${run.parsedFiles.length} of ${files.length} files parsed, ` +
      `${run.jiraCalls.length} Jira calls checked`,
  );
  console.log('Scopes the code and the triggers need, and where:');
  for (const [scope, entries] of required) {
    console.log(`  ${scope}`);
    for (const { where, because } of entries) console.log(`    ${where}  ${because}`);
  }
  console.log(`manifest.yml declares: ${declared.join(', ') || 'no scope'}`);
  for (const problem of problems) console.error(problem);
  console.log(
    problems.length === 0 ? 'Forge lint: no problems.' : `Forge lint: ${problems.length} problems.`,
  );
  return problems.length === 0;
};

main()
  .then((passed) => {
    process.exitCode = passed ? 0 : 1;
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
