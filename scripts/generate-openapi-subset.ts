/**
 * Copies into the repository the part of Atlassian's REST API descriptions that the checks need,
 * so that no test and no lint step reads the shared reference folder:
 *
 * - test/fixtures/openapi/: for the contract tests, the operations the sandbox answers (and so
 *   every call the app can make) with the schemas they reach, from the 2023 descriptions, and the
 *   2026 catalogue's entries for those operations (the only source for a path added after 2023).
 * - tools/forge-lint/api/: for the offline Forge linter, every operation of the Jira, Jira Service
 *   Management and Confluence APIs with its scopes only (2026 scopes where the catalogue has them).
 *
 * Run by hand after the sandbox gains a route:
 *   npx tsx scripts/generate-openapi-subset.ts [path/to/shared/openapi]
 * Throws when a route of the sandbox is in neither description nor the catalogue.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { format, resolveConfig } from 'prettier';

import {
  type CatalogueEntry,
  type HttpMethod,
  type OpenApiDocument,
  templateShape,
} from './openapi/document';
import { scopeDigest } from './openapi/scope-digest';
import { findPathKey, subsetDocument } from './openapi/subset';
import { readSandboxOperations, type UsedOperation } from './openapi/used-operations';

const repoDir = resolve(__dirname, '..');
const sharedDir = resolve(process.argv[2] ?? join(repoDir, '..', 'shared', 'openapi'));
const fixturesDir = join(repoDir, 'test', 'fixtures', 'openapi');
const lintApiDir = join(repoDir, 'tools', 'forge-lint', 'api');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const writeJson = async (file: string, value: unknown): Promise<void> => {
  mkdirSync(dirname(file), { recursive: true });
  const text = JSON.stringify(value, null, 2);
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
  console.log(`wrote ${file.slice(repoDir.length + 1)}`);
};

const isServiceManagement = (template: string): boolean =>
  template.startsWith('/rest/servicedeskapi/');

const catalogueEntryFor = (catalogue: CatalogueEntry[], used: UsedOperation) =>
  catalogue.find(
    (entry) => entry.m === used.method && templateShape(entry.p) === templateShape(used.template),
  );

const main = async (): Promise<void> => {
  const platform = readJson(join(sharedDir, 'jira-platform.json')) as OpenApiDocument;
  const serviceManagement = readJson(join(sharedDir, 'service-management.json')) as OpenApiDocument;
  const catalogue = JSON.parse(
    gunzipSync(readFileSync(join(sharedDir, 'operation-catalog.json.gz'))).toString('utf8'),
  ) as CatalogueEntry[];

  const wanted = new Map<OpenApiDocument, { method: HttpMethod; pathKey: string }[]>([
    [platform, []],
    [serviceManagement, []],
  ]);
  const catalogued: CatalogueEntry[] = [];
  for (const used of readSandboxOperations(repoDir)) {
    const document = isServiceManagement(used.template) ? serviceManagement : platform;
    const method = used.method.toLowerCase() as HttpMethod;
    const pathKey = findPathKey(document, used.template);
    const entry = catalogueEntryFor(catalogue, used);

    if (pathKey !== undefined && document.paths[pathKey]?.[method]) {
      wanted.get(document)?.push({ method, pathKey });
    } else if (entry === undefined) {
      throw new Error(
        `${used.method} ${used.template} is in neither the 2023 descriptions nor the catalogue.`,
      );
    }
    if (entry !== undefined) catalogued.push(entry);
  }

  const note = 'Operations the Status Guide sandbox answers; see README.md beside this file.';
  await writeJson(
    join(fixturesDir, 'jira-platform.subset.json'),
    subsetDocument(platform, wanted.get(platform) ?? [], note),
  );
  await writeJson(
    join(fixturesDir, 'service-management.subset.json'),
    subsetDocument(serviceManagement, wanted.get(serviceManagement) ?? [], note),
  );
  await writeJson(join(fixturesDir, 'operation-catalogue-2026.subset.json'), catalogued);

  const ofProduct = (product: string) => catalogue.filter((entry) => entry.pr === product);
  await writeJson(
    join(lintApiDir, 'jira.json'),
    scopeDigest('Jira platform', [platform], ofProduct('jira')),
  );
  await writeJson(
    join(lintApiDir, 'jira-service-management.json'),
    scopeDigest('Jira Service Management', [serviceManagement], ofProduct('jsm')),
  );
  await writeJson(
    join(lintApiDir, 'jira-software.json'),
    scopeDigest('Jira Software', [], ofProduct('agile')),
  );
  await writeJson(
    join(lintApiDir, 'confluence.json'),
    scopeDigest('Confluence v1', [], ofProduct('confluence-v1')),
  );
  await writeJson(
    join(lintApiDir, 'confluence-v2.json'),
    scopeDigest('Confluence v2', [], ofProduct('confluence')),
  );
  await writeJson(join(lintApiDir, 'bitbucket.json'), scopeDigest('Bitbucket', [], []));
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
