import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { seedSite } from './seed';
import { Site } from './site';
import type { SiteState } from './types';

/** Where `npm start` keeps the site between runs, relative to the repository root. */
export const defaultStateFile = '.sandbox/site.json';

/** A site kept in a file, and how to write its last changes out at once. */
export interface SavedSite {
  site: Site;
  /** Writes any change not yet saved; call before the process exits. */
  flush(): void;
}

/**
 * Opens the site saved in `file`, or seeds a new one there when there is none (or it is from an
 * incompatible version). Every later change is written back shortly after it happens.
 */
export const openSavedSite = (file: string, now?: () => Date): SavedSite => {
  const state = readState(file) ?? seedSite(now?.() ?? new Date());
  const site = new Site(state, now);

  let pending: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    writeState(file, site.state);
  };
  site.onChange(() => {
    pending ??= setTimeout(flush, 50);
  });
  writeState(file, state);
  return { site, flush };
};

/** Deletes the saved site, so the next start seeds the demo data afresh. */
export const resetSavedSite = (file: string): void => {
  rmSync(file, { force: true });
};

const readState = (file: string): SiteState | null => {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return state.version === 1 ? (state as SiteState) : null;
  } catch {
    return null;
  }
};

/** Writes through a temporary file so a crash mid-write never leaves half a state. */
const writeState = (file: string, state: SiteState): void => {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 1));
  renameSync(temporary, file);
};
