import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { appPaths, uiApps } from '../../static/vite.config';

/** What one Custom UI module's browser must fetch before it can show anything. */
export interface BundleFigure {
  module: string;
  files: number;
  /** Gzipped kibibytes of the entry script, its static imports and the stylesheets. */
  initialGzipKiB: number;
  /** Gzipped kibibytes of the chunks it loads only when needed. */
  lazyGzipKiB: number;
}

// Minified output writes `import{x as y}from"./a.js"` or `import"./a.js"`; `import("./a.js")`
// is a lazy chunk and deliberately not matched.
const staticImport = /import\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const anyChunk = /["'](\.{1,2}\/[^"']+\.js)["']/g;

const gzipKiB = (files: Iterable<string>): number =>
  Math.round(
    ([...files].reduce((total, file) => total + gzipSync(readFileSync(file)).length, 0) / 1024) *
      10,
  ) / 10;

/**
 * Measures the built UI (static/<module>/build): the initial gzipped size of each module, found by
 * following the entry script's static imports, and the lazy chunks it can load later. Throws when
 * a module is not built (run `npm run build:ui`).
 */
export const benchBundles = (): BundleFigure[] =>
  uiApps.map((module) => {
    const { outDir } = appPaths(module);
    const page = join(outDir, 'index.html');
    if (!existsSync(page)) throw new Error(`static/${module} is not built; run npm run build:ui.`);
    const html = readFileSync(page, 'utf8');
    const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => join(outDir, match[1] ?? ''),
    );

    const initial = new Set<string>();
    const lazy = new Set<string>();
    const visit = (file: string): void => {
      if (initial.has(file)) return;
      initial.add(file);
      if (!file.endsWith('.js')) return;
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(staticImport)) visit(join(dirname(file), match[1] ?? ''));
      for (const match of code.matchAll(anyChunk)) lazy.add(join(dirname(file), match[1] ?? ''));
    };
    linked.forEach(visit);

    const lazyOnly = new Set<string>();
    const visitLazy = (file: string): void => {
      if (initial.has(file) || lazyOnly.has(file) || !existsSync(file)) return;
      lazyOnly.add(file);
      for (const match of readFileSync(file, 'utf8').matchAll(anyChunk)) {
        visitLazy(join(dirname(file), match[1] ?? ''));
      }
    };
    lazy.forEach(visitLazy);

    return {
      module,
      files: initial.size,
      initialGzipKiB: gzipKiB(initial),
      lazyGzipKiB: gzipKiB(lazyOnly),
    };
  });
