import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { z } from 'zod';

import { seedSite } from './seed';
import { Site } from './site';
import type { SiteState } from './types';

/** Where `npm start` keeps the site between runs, relative to the repository root. */
export const defaultStateFile = '.sandbox/site.json';

/** A saved file the sandbox could not use, and where it was moved so nothing is lost. */
export interface SetAsideFile {
  /** What is wrong with it, in a few words. */
  problem: string;
  /** Its new path, `<file>.broken-<timestamp>`. */
  movedTo: string;
}

/** A site kept in a file, and how to write its last changes out at once. */
export interface SavedSite {
  site: Site;
  /** Writes any change not yet saved; call before the process exits. */
  flush(): void;
  /** The damaged file moved aside before starting from the demo data; null when none was. */
  setAside: SetAsideFile | null;
}

/**
 * Opens the site saved in `file`, or seeds the demo site there when there is none. A file that is
 * not a saved site (not JSON, another version, lists missing) is moved aside and the demo site
 * seeded; `setAside` says so. Every later change is written back shortly after it happens. Throws
 * only when the file cannot be read or written at all (permissions, a full disk).
 */
export const openSavedSite = (file: string, now?: () => Date): SavedSite => {
  const saved = readState(file);
  const setAside = saved.ok ? null : moveAside(file, saved.problem);
  const state = (saved.ok ? saved.state : null) ?? seedSite(now?.() ?? new Date());
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
  return { site, flush, setAside };
};

/** Deletes the saved site, so the next start seeds the demo data afresh. */
export const resetSavedSite = (file: string): void => {
  rmSync(file, { force: true });
};

// Light on purpose: the top-level shape and the lists the Site walks, not every field.
const ids = z.array(z.string());
const savedStateSchema = z.looseObject({
  version: z.literal(1),
  users: z.array(z.looseObject({ accountId: z.string(), email: z.string() })),
  projects: z.array(
    z.looseObject({
      key: z.string(),
      agentIds: ids,
      adminIds: ids,
      customerIds: ids,
      requestTypes: z.array(z.looseObject({ id: z.string() })),
      workflow: z.looseObject({
        statuses: z.array(z.unknown()),
        transitions: z.array(z.unknown()),
      }),
    }),
  ),
  issues: z.array(
    z.looseObject({
      key: z.string(),
      projectKey: z.string(),
      participantIds: ids,
      comments: z.array(z.unknown()),
      changelog: z.array(z.unknown()),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
  appStorage: z.record(z.string(), z.unknown()),
  counters: z.looseObject({ comment: z.number(), changelog: z.number() }),
});

/** The saved state; null state when there is no file; a problem when the file is not usable. */
type ReadResult = { ok: true; state: SiteState | null } | { ok: false; problem: string };

const readState = (file: string): ReadResult => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { ok: true, state: null };
    throw error;
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not valid JSON' };
  }

  const parsed = savedStateSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    return { ok: false, problem: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, state: json as SiteState };
};

const moveAside = (file: string, problem: string): SetAsideFile => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${file}.broken-${stamp}`;
  renameSync(file, movedTo);
  return { problem, movedTo };
};

/** Writes through a temporary file so a crash mid-write never leaves half a state. */
const writeState = (file: string, state: SiteState): void => {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 1));
  renameSync(temporary, file);
};
