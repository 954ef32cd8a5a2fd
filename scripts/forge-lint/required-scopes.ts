import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseDocument } from 'yaml';

import { runForgeLint } from './run-linter';

/** A scope the code needs, and who says so. */
export interface RequiredScope {
  scope: string;
  /** '@forge/lint', or why this script adds a scope the linter cannot see. */
  because: string;
}

/** What the app's folder holds that the linters read, besides manifest.yml. */
const linkedEntries = ['src', 'static', 'tsconfig.json', 'package.json'];

/**
 * The scopes @forge/lint says the code and the triggers need: it lints a copy of the app whose
 * manifest declares no scope, and collects the scope of every missing-permission finding (the
 * ones `forge lint --fix` would add). The copy is symlinks to the app in a temporary folder.
 */
export const scopesTheLinterRequires = async (
  repoDir: string,
  files: string[],
): Promise<RequiredScope[]> => {
  const copy = mkdtempSync(join(tmpdir(), 'status-guide-scopes-'));
  try {
    for (const entry of linkedEntries) symlinkSync(join(repoDir, entry), join(copy, entry));
    const manifest = parseDocument(readFileSync(join(repoDir, 'manifest.yml'), 'utf8'));
    manifest.setIn(['permissions', 'scopes'], []);
    writeFileSync(join(copy, 'manifest.yml'), String(manifest));

    const run = await runForgeLint(copy, files, manifest.toJS());
    const scopes = new Set(run.findings.flatMap((finding) => finding.missingScope ?? []));
    return [...scopes].sort().map((scope) => ({ scope, because: '@forge/lint' }));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
};

/**
 * Scopes the code needs that @forge/lint 6.3 cannot see: it recognises storage only as the
 * `storage` export of @forge/api, not the @forge/kvs package that replaced it, which needs
 * `storage:app` all the same. Empty when no file of `files` imports @forge/kvs.
 */
export const scopesHiddenFromTheLinter = (files: string[]): RequiredScope[] => {
  const importing = files.filter((file) =>
    /from\s+'@forge\/kvs'/.test(readFileSync(file, 'utf8')),
  );
  return importing.length === 0
    ? []
    : [{ scope: 'storage:app', because: `${importing.join(', ')} use @forge/kvs` }];
};
