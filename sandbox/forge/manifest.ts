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
    scheduledTrigger: z
      .array(
        z.object({
          key: z.string(),
          function: z.string(),
          interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
        }),
      )
      .default([]),
    'jira:entityProperty': z
      .array(
        z.object({
          key: z.string(),
          propertyKey: z.string(),
          entityType: z.enum(['issue', 'project', 'user']).default('issue'),
          values: z.array(z.object({ path: z.string(), type: z.string() })),
        }),
      )
      .default([]),
    function: z.array(z.object({ key: z.string(), handler: z.string() })),
  }),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
  translations: z
    .object({
      resources: z.array(z.object({ key: z.string(), path: z.string() })),
      fallback: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    })
    .optional(),
});

/** The app's translations: each locale's resource file, and which locales stand in for which. */
export interface LoadedTranslations {
  /** Locale code to its JSON file, relative to the app's root. */
  files: Map<string, string>;
  /** `default` names the last resort; any other locale lists the locales it falls back to. */
  fallback: Record<string, string | string[]>;
}

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

/** A scheduled trigger module: which function runs, how often. */
export type ScheduledTriggerModule = z.infer<
  typeof manifestSchema
>['modules']['scheduledTrigger'][number];

/** What the sandbox reads from manifest.yml, as Forge would. */
export interface LoadedManifest {
  uiModules: UiModule[];
  triggers: TriggerModule[];
  scheduledTriggers: ScheduledTriggerModule[];
  /** The issue property values Jira indexes for JQL. */
  indexedPropertyPaths: { propertyKey: string; path: string; type: string }[];
  /** Function key to handler ("index.portalResolver"). */
  functions: Map<string, string>;
  /** Resource key to its folder, relative to the app's root. */
  resources: Map<string, string>;
  /** Null when the manifest declares none. */
  translations: LoadedTranslations | null;
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
    scheduledTriggers: modules.scheduledTrigger,
    indexedPropertyPaths: modules['jira:entityProperty']
      .filter((module) => module.entityType === 'issue')
      .flatMap((module) =>
        module.values.map((value) => ({ propertyKey: module.propertyKey, ...value })),
      ),
    functions: new Map(modules.function.map((f) => [f.key, f.handler])),
    resources: new Map(manifest.resources.map((r) => [r.key, r.path])),
    translations: manifest.translations
      ? {
          files: new Map(manifest.translations.resources.map((r) => [r.key, r.path])),
          fallback: manifest.translations.fallback,
        }
      : null,
  };
};
