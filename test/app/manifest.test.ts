import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { validate } from '@forge/manifest';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');

interface Manifest {
  app: { runtime: { name: string } };
  modules: Record<
    string,
    {
      key: string;
      unlicensedAccess?: string[];
      filter?: { ignoreSelf?: boolean };
      events?: string[];
      resolver?: { function: string };
    }[]
  >;
  permissions: { scopes: string[]; external?: unknown };
}

const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('passes the Forge manifest package’s full validation', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const result = await validate(false, join(root, 'manifest.yml'));

      expect(result.errors ?? []).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('runs on a current Forge Node runtime', () => {
    expect(['nodejs22.x', 'nodejs24.x']).toContain(manifest.app.runtime.name);
  });

  it('lets portal-only customers see the portal panel', () => {
    const [panel] = manifest.modules['jiraServiceManagement:portalRequestDetail'] ?? [];

    expect(panel?.unlicensedAccess).toEqual(expect.arrayContaining(['customer', 'unlicensed']));
  });

  it('gives each UI module a resolver function of its own', () => {
    const uiKinds = [
      'jiraServiceManagement:portalRequestDetail',
      'jira:issuePanel',
      'jira:adminPage',
    ];
    const functions = uiKinds.flatMap((kind) =>
      (manifest.modules[kind] ?? []).map((m) => m.resolver?.function),
    );

    expect(functions).toHaveLength(3);
    expect(new Set(functions).size).toBe(3);
  });

  it('ignores the app’s own events on every Jira trigger', () => {
    const triggers = manifest.modules.trigger ?? [];

    expect(triggers.flatMap((t) => t.events)).toEqual(
      expect.arrayContaining(['avi:jira:commented:issue', 'avi:jira:updated:issue']),
    );
    expect(triggers.every((t) => t.filter?.ignoreSelf === true)).toBe(true);
  });

  it('asks for no egress', () => {
    expect(manifest.permissions.external).toBeUndefined();
  });
});
