import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh folder for each test of the file, removed after it; returns the function that writes
 * `code` (after `header`, a line of its own) to a source file there and gives its path.
 */
export const useProbeFile = (header = ''): ((code: string) => string) => {
  let dir = '';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'forge-lint-probe-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  return (code) => {
    const file = join(dir, 'probe.ts');
    writeFileSync(file, `${header === '' ? '' : `${header}\n`}${code}\n`);
    return file;
  };
};
