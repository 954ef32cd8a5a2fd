import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import type * as Vite from 'vite' with { 'resolution-mode': 'import' };

import { appPaths, createAppConfig, type UiApp, uiApps } from '../static/vite.config';

/** Options of {@link buildUi}. */
export interface BuildUiOptions {
  /** Skip an app whose build is newer than every file it is built from. */
  onlyIfStale: boolean;
}

/** Which apps {@link buildUi} built and which it skipped as up to date. */
export interface BuildUiReport {
  built: UiApp[];
  skipped: UiApp[];
}

const repoDir = path.resolve(__dirname, '..');

// Imported by name at run time because the repo's CommonJS tsconfig cannot resolve this ESM-only
// package statically; its types still come from the package, through the import above.
const viteModule: string = 'vite';

/**
 * Builds the Custom UI apps (portal, agent, admin, project) with Vite, one after another, into
 * static/<app>/build. Throws the first failing build's error; the apps after it are not built.
 */
export const buildUi = async ({ onlyIfStale }: BuildUiOptions): Promise<BuildUiReport> => {
  const { build } = (await import(viteModule)) as typeof Vite;
  const report: BuildUiReport = { built: [], skipped: [] };

  for (const app of uiApps) {
    if (onlyIfStale && !isBuildStale(app)) {
      report.skipped.push(app);
      continue;
    }

    await build({ ...(await createAppConfig(app)), logLevel: 'warn' });
    report.built.push(app);
  }

  return report;
};

/**
 * True when the app has no build yet, or when a file it is built from (its own sources, the shared
 * UI code, for the admin page the project page's editor, the contracts, the domain code, the
 * translations, the Vite config) changed after its build/index.html was written.
 */
export const isBuildStale = (app: UiApp): boolean => {
  const { root, outDir } = appPaths(app);
  const builtAt = modifiedAt(path.join(outDir, 'index.html'));
  if (builtAt === null) {
    return true;
  }

  const sources = [
    path.join(root, 'src'),
    path.join(root, 'public'),
    path.join(root, 'index.html'),
    path.join(repoDir, 'static', 'shared'),
    // The admin page edits the site defaults in the project settings page's editor.
    ...(app === 'admin' ? [path.join(repoDir, 'static', 'project', 'src')] : []),
    path.join(repoDir, 'static', 'vite.config.ts'),
    path.join(repoDir, 'src', 'contracts'),
    // The settings page's checks and preview, and the panels' words, come from these too.
    path.join(repoDir, 'src', 'domain'),
    path.join(repoDir, 'locales'),
  ];
  return sources.some((source) => newestModification(source) >= builtAt);
};

/** The file's modification time in ms, or null when it does not exist. */
const modifiedAt = (file: string): number | null => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

/** The newest modification time of a file or of any file under a folder; 0 when there is none. */
const newestModification = (target: string): number => {
  const stats = statSync(target, { throwIfNoEntry: false });
  if (!stats) {
    return 0;
  }
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }

  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestModification(path.join(target, entry))),
    0,
  );
};

const main = async (): Promise<void> => {
  const onlyIfStale = process.argv.includes('--if-stale');
  const startedAt = Date.now();

  const { built, skipped } = await buildUi({ onlyIfStale });

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(describeBuild(built, skipped, seconds));
};

/**
 * One sentence on what a build did.
 *
 * @example describeBuild([], ['portal', 'agent', 'admin'], '0.4')
 * // 'Panels up to date (static/*\/build).'
 * @example describeBuild(['portal'], ['agent', 'admin'], '3.1')
 * // 'Built the portal panel in 3.1 s (static/*\/build); agent and admin were up to date.'
 */
const describeBuild = (built: UiApp[], skipped: UiApp[], seconds: string): string => {
  if (built.length === 0) return 'Panels up to date (static/*/build).';

  const list = new Intl.ListFormat('en', { type: 'conjunction' });
  const panels = built.length === 1 ? 'panel' : 'panels';
  const sentence = `Built the ${list.format(built)} ${panels} in ${seconds} s (static/*/build)`;
  if (skipped.length === 0) return `${sentence}.`;
  const verb = skipped.length === 1 ? 'was' : 'were';
  return `${sentence}; ${list.format(skipped)} ${verb} up to date.`;
};

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('Building the Custom UI failed:', error);
    process.exitCode = 1;
  });
}
