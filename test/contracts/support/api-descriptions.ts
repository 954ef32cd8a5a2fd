import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  type CatalogueEntry,
  type HttpMethod,
  literalSegments,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  pathFitsTemplate,
  templateShape,
} from '../../../scripts/openapi/document';

/** The 2023 OpenAPI descriptions in the subset, by the name the schema validator knows them by. */
export type DocumentName = 'jira-platform' | 'service-management';

/** An operation a recorded call was matched to. */
export interface DescribedOperation {
  method: string;
  /** The described template ('/rest/api/3/issue/{issueIdOrKey}'). */
  template: string;
  /** The 2023 description with schemas, or null when only the 2026 catalogue has the path. */
  document: DocumentName | null;
  /** The 2023 operation, or null when only the 2026 catalogue has the path. */
  operation: Operation | null;
  /** Path-level and operation-level parameters of the 2023 operation. */
  parameters: Parameter[];
  /** The 2026 catalogue's entry for the same operation, when it has one. */
  catalogueEntry: CatalogueEntry | undefined;
}

const fixturesDir = join(__dirname, '..', '..', 'fixtures', 'openapi');

const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(fixturesDir, name), 'utf8'));

/** The committed subset of Atlassian's descriptions, and lookups by method and concrete path. */
export class ApiDescriptions {
  constructor(
    readonly documents: Record<DocumentName, OpenApiDocument>,
    readonly catalogue: CatalogueEntry[],
  ) {}

  /** Reads the subset under test/fixtures/openapi (never the shared reference folder). */
  static load(): ApiDescriptions {
    return new ApiDescriptions(
      {
        'jira-platform': readFixture('jira-platform.subset.json') as OpenApiDocument,
        'service-management': readFixture('service-management.subset.json') as OpenApiDocument,
      },
      readFixture('operation-catalogue-2026.subset.json') as CatalogueEntry[],
    );
  }

  /**
   * The operation a call to `method` on a concrete `path` reaches: the closest template of the
   * 2023 descriptions (most literal segments wins, as `/issue/bulk` beats `/issue/{key}`), else
   * one of the 2026 catalogue. Undefined when neither describes it.
   */
  find(method: string, path: string): DescribedOperation | undefined {
    const upper = method.toUpperCase();
    const lower = method.toLowerCase() as HttpMethod;
    const candidates = (Object.keys(this.documents) as DocumentName[]).flatMap((name) =>
      Object.entries(this.documents[name].paths)
        .filter(([template, item]) => item[lower] !== undefined && pathFitsTemplate(path, template))
        .map(([template, item]) => ({ name, template, item })),
    );
    const best = candidates.sort(
      (a, b) => literalSegments(b.template) - literalSegments(a.template),
    )[0];
    const entryFor = (template: string) =>
      this.catalogue.find(
        (entry) => entry.m === upper && templateShape(entry.p) === templateShape(template),
      );

    if (best) {
      const operation = best.item[lower] ?? null;
      return {
        method: upper,
        template: best.template,
        document: best.name,
        operation,
        parameters: [...(best.item.parameters ?? []), ...(operation?.parameters ?? [])],
        catalogueEntry: entryFor(best.template),
      };
    }

    const entry = this.catalogue
      .filter((candidate) => candidate.m === upper && pathFitsTemplate(path, candidate.p))
      .sort((a, b) => literalSegments(b.p) - literalSegments(a.p))[0];
    return entry
      ? {
          method: upper,
          template: entry.p,
          document: null,
          operation: null,
          parameters: [],
          catalogueEntry: entry,
        }
      : undefined;
  }
}
