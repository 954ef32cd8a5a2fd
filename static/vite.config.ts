import path from 'node:path';

import { sort } from '@compiled/css';
import type * as ReactPlugin from '@vitejs/plugin-react' with { 'resolution-mode': 'import' };
import type { InlineConfig, Plugin, UserConfigFnPromise } from 'vite' with {
  'resolution-mode': 'import',
};

/** The Custom UI apps: each a folder under static/ and a resource in manifest.yml. */
export const uiApps = ['portal', 'agent', 'admin', 'project'] as const;

/** The name of one Custom UI app. */
export type UiApp = (typeof uiApps)[number];

// Imported by name at run time because the repo's CommonJS tsconfig cannot resolve this ESM-only
// package statically; its types still come from the package, through the import above.
const reactPluginModule: string = '@vitejs/plugin-react';

const staticDir = __dirname;
const repoDir = path.dirname(staticDir);

/** True when `name` names one of the Custom UI apps. */
export const isUiApp = (name: string): name is UiApp =>
  (uiApps as readonly string[]).includes(name);

/**
 * Where an app's files live: its root (index.html, src/, public/) and its build output.
 *
 * @example appPaths('portal').outDir // '<repo>/static/portal/build'
 */
export const appPaths = (app: UiApp): { root: string; outDir: string } => {
  const root = path.join(staticDir, app);
  return { root, outDir: path.join(root, 'build') };
};

/**
 * The Vite config that builds one app into static/<app>/build, with relative asset paths because
 * Forge serves each resource under a path of its own.
 */
export const createAppConfig = async (app: UiApp): Promise<InlineConfig> => {
  const { default: react } = (await import(reactPluginModule)) as typeof ReactPlugin;
  const { root, outDir } = appPaths(app);

  return {
    configFile: false,
    root,
    base: './',
    publicDir: path.join(root, 'public'),
    plugins: [react(), sortAtomicCss()],
    // Atlaskit alone makes each app about 600 kB before gzip; warn only when that grows a lot.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 800 },
    // The apps import the contracts from src/, outside their own root.
    server: { fs: { allow: [repoDir] } },
  };
};

/**
 * Sorts the bundled stylesheet as Compiled's own bundler plugins do.
 *
 * @remarks Atlaskit ships atomic CSS (`*.compiled.css`) that is only correct once sorted:
 * shorthands before longhands, pseudo-classes in LVFHA order, media queries last. Vite joins the
 * files in import order, so without this a `font` shorthand can override a later `font-weight`
 * and bold text renders regular.
 */
const sortAtomicCss = (): Plugin => ({
  name: 'status-guide:sort-atomic-css',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type === 'asset' && output.fileName.endsWith('.css')) {
        output.source = sort(String(output.source));
      }
    }
  },
});

/** For the Vite CLI: `STATUS_GUIDE_APP=portal npx vite build --config static/vite.config.ts`. */
const configFromEnvironment: UserConfigFnPromise = async () => {
  const app = process.env.STATUS_GUIDE_APP ?? '';
  if (!isUiApp(app)) {
    throw new Error(`Set STATUS_GUIDE_APP to one of: ${uiApps.join(', ')}`);
  }

  return createAppConfig(app);
};

export default configFromEnvironment;
