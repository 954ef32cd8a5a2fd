import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

const filterSchema = z.object({
  ignoreSelf: z.boolean().optional(),
  expression: z.string().optional(),
  onError: z.enum(['IGNORE', 'IGNORE_AND_LOG', 'RECEIVE', 'RECEIVE_AND_LOG']).optional(),
});

const uiModuleSchema = z.object({
  key: z.string(),
  title: z.string().optional(),
  resource: z.string(),
  resolver: z.object({ function: z.string() }),
});

const manifestSchema = z.object({
  modules: z.object({
    'jiraServiceManagement:portalRequestDetail': z.array(uiModuleSchema).default([]),
    'jira:issuePanel': z.array(uiModuleSchema).default([]),
    'jira:adminPage': z.array(uiModuleSchema).default([]),
    'jira:projectSettingsPage': z.array(uiModuleSchema).default([]),
    trigger: z
      .array(
        z.object({
          key: z.string(),
          function: z.string(),
          events: z.array(z.string()),
          filter: filterSchema.optional(),
        }),
      )
      .default([]),
    function: z.array(z.object({ key: z.string(), handler: z.string() })),
  }),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
});

/** A UI module the sandbox renders in an iframe. */
export type UiModule = z.infer<typeof uiModuleSchema> & {
  kind:
    | 'jiraServiceManagement:portalRequestDetail'
    | 'jira:issuePanel'
    | 'jira:adminPage'
    | 'jira:projectSettingsPage';
};

/** A trigger module: which events reach which function, through which filter. */
export type TriggerModule = z.infer<typeof manifestSchema>['modules']['trigger'][number];

/** What the sandbox reads from manifest.yml, as Forge would. */
export interface LoadedManifest {
  uiModules: UiModule[];
  triggers: TriggerModule[];
  /** Function key to handler ("index.portalResolver"). */
  functions: Map<string, string>;
  /** Resource key to its folder, relative to the app's root. */
  resources: Map<string, string>;
}

/** Reads and checks `manifest.yml` in the app's root. Throws when it does not have the expected shape. */
export const loadManifest = (rootDir: string): LoadedManifest => {
  const raw: unknown = parse(readFileSync(join(rootDir, 'manifest.yml'), 'utf8'));
  const manifest = manifestSchema.parse(raw);
  const { modules } = manifest;

  return {
    uiModules: [
      ...modules['jiraServiceManagement:portalRequestDetail'].map((m) => ({
        ...m,
        kind: 'jiraServiceManagement:portalRequestDetail' as const,
      })),
      ...modules['jira:issuePanel'].map((m) => ({ ...m, kind: 'jira:issuePanel' as const })),
      ...modules['jira:adminPage'].map((m) => ({ ...m, kind: 'jira:adminPage' as const })),
      ...modules['jira:projectSettingsPage'].map((m) => ({
        ...m,
        kind: 'jira:projectSettingsPage' as const,
      })),
    ],
    triggers: modules.trigger,
    functions: new Map(modules.function.map((f) => [f.key, f.handler])),
    resources: new Map(manifest.resources.map((r) => [r.key, r.path])),
  };
};
