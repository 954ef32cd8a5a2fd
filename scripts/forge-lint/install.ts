import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the linter is installed, apart from the app's own packages. */
export const toolDir = join(__dirname, '..', '..', 'tools', 'forge-lint');

const installedVersion = (): string | null => {
  const manifest = join(toolDir, 'node_modules', '@forge', 'lint', 'package.json');
  if (!existsSync(manifest)) return null;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
};

const wantedVersion = (): string =>
  (
    JSON.parse(readFileSync(join(toolDir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    }
  ).dependencies['@forge/lint'] ?? '';

/**
 * Installs @forge/lint into tools/forge-lint from its lock file when it is missing or another
 * version, and returns the version in place. Throws when npm fails.
 *
 * Why apart and with --ignore-scripts: @forge/lint needs @forge/cli-shared, which depends on
 * keytar, whose install script compiles a native module (it needs libsecret, or the network to
 * fetch a prebuilt binary). The linter never loads keytar (cli-shared requires it only inside its
 * credential store, which linting does not touch), so its install script can be skipped safely;
 * installing apart keeps the root `npm ci` free of it, and of the linter's own pinned TypeScript.
 */
export const ensureForgeLint = (): string => {
  const wanted = wantedVersion();
  const present = installedVersion();
  if (present === wanted) return present;

  console.log(`Installing @forge/lint ${wanted} into tools/forge-lint (no install scripts)…`);
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: toolDir,
    stdio: 'inherit',
  });
  return installedVersion() ?? wanted;
};
