import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ts from 'typescript';
import { parseDocument } from 'yaml';

import { type LintRun, runForgeLint, type SeenJiraCall } from './run-linter';

/** A scope the code needs, where, and who says so. */
export interface RequiredScope {
  scope: string;
  /** "file:line" of the code or manifest entry that needs it. */
  where: string;
  /** The linter's message, or why this script adds a scope the linter cannot see. */
  because: string;
}

/** What the app's folder holds that the linters read, besides manifest.yml. */
const linkedEntries = ['src', 'static', 'tsconfig.json', 'package.json'];

/**
 * The scopes @forge/lint says the code and the manifest's triggers need: it lints a copy of the
 * app whose manifest declares no scope, and keeps every missing-permission finding (those that
 * `forge lint --fix` would add). The copy is symlinks to the app in a temporary folder. Returns
 * the run as well, for the Jira calls it saw.
 */
export const scopesTheLinterRequires = async (
  repoDir: string,
  files: string[],
): Promise<{ required: RequiredScope[]; run: LintRun }> => {
  const copy = mkdtempSync(join(tmpdir(), 'status-guide-scopes-'));
  try {
    for (const entry of linkedEntries) symlinkSync(join(repoDir, entry), join(copy, entry));
    const manifest = parseDocument(readFileSync(join(repoDir, 'manifest.yml'), 'utf8'));
    manifest.setIn(['permissions', 'scopes'], []);
    writeFileSync(join(copy, 'manifest.yml'), String(manifest));

    const run = await runForgeLint(copy, files, manifest.toJS());
    const required = run.findings.flatMap((finding) =>
      finding.missingScope === undefined
        ? []
        : [
            {
              scope: finding.missingScope,
              where: `${finding.file}:${finding.line}`,
              because: finding.message,
            },
          ],
    );
    return { required, run };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
};

/**
 * A Jira operation whose scope the linter's API descriptions leave out, though Atlassian's
 * reference names it. The descriptions in tools/forge-lint/api come from the 2023 OpenAPI
 * documents and a 2026 operation catalogue; both give the operation no classic scope.
 */
interface UndescribedScope {
  method: string;
  /** The path as the linter reports a call's path: `\S*` where the code interpolates a value. */
  path: RegExp;
  scope: string;
  source: string;
}

const undescribedScopes: UndescribedScope[] = [
  {
    method: 'POST',
    path: /^\/rest\/api\/3\/permissions\/check$/,
    scope: 'read:jira-work',
    source:
      'Atlassian\'s reference for "Get bulk permissions" requires the classic read:jira-work ' +
      'since 15 June 2024',
  },
];

/** True when an import of @forge/kvs brings in its storage client: the default or `kvs` export. */
const importsStorageClient = (declaration: ts.ImportDeclaration): boolean => {
  const clause = declaration.importClause;
  if (clause === undefined || clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return false;
  if (clause.name !== undefined) return true;
  const bindings = clause.namedBindings;
  if (bindings === undefined) return false;
  if (ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.some(
    (element) => !element.isTypeOnly && (element.propertyName ?? element.name).text === 'kvs',
  );
};

/** Each import of the @forge/kvs storage client (its default or `kvs` export), as "file:line". */
const storageClientImports = (files: string[]): string[] =>
  files.flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    return source.statements
      .filter(ts.isImportDeclaration)
      .filter(
        (declaration) =>
          ts.isStringLiteral(declaration.moduleSpecifier) &&
          declaration.moduleSpecifier.text === '@forge/kvs' &&
          importsStorageClient(declaration),
      )
      .map((declaration) => {
        const { line } = source.getLineAndCharacterOfPosition(declaration.getStart(source));
        return `${file}:${line + 1}`;
      });
  });

/**
 * Scopes the code needs that @forge/lint 6.3 cannot see, each with its reason and where:
 *
 * - `storage:app` for each import of the @forge/kvs storage client. The linter knows storage only
 *   as an import named `storage` (the @forge/api export that @forge/kvs replaced), while Forge's
 *   storage reference says that using @forge/kvs requires storage:app.
 * - the scope of a Jira call the linter saw but whose operation its API descriptions give no
 *   classic scope, where Atlassian's reference names one (see `undescribedScopes`).
 *
 * Empty when the code does neither.
 */
export const scopesHiddenFromTheLinter = (
  files: string[],
  jiraCalls: SeenJiraCall[],
): RequiredScope[] => [
  ...storageClientImports(files).map((where) => ({
    scope: 'storage:app',
    where,
    because: 'imports the @forge/kvs storage client, which needs storage:app',
  })),
  ...jiraCalls.flatMap((call) =>
    undescribedScopes
      .filter(
        (entry) => entry.method === call.method && entry.path.test(call.path.replace(/\?.*$/, '')),
      )
      .map((entry) => ({
        scope: entry.scope,
        where: `${call.file}:${call.line}`,
        because: `${call.method} ${call.path}: ${entry.source}`,
      })),
  ),
];
