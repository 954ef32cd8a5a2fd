import {
  type CatalogueEntry,
  type HttpMethod,
  httpMethods,
  type OAuthScopes,
  type OpenApiDocument,
  type Operation,
} from './document';

/** What @forge/lint reads of an API description: per path and method, the scopes it needs. */
export interface ScopeDigest {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Partial<Record<HttpMethod, Pick<Operation, 'x-atlassian-oauth2-scopes'>>>>;
}

const isHttpMethod = (key: string): key is HttpMethod =>
  (httpMethods as readonly string[]).includes(key);

const scopesOfState = (operation: Operation, state: string): string[] | undefined =>
  operation['x-atlassian-oauth2-scopes']?.find((entry) => entry.state === state)?.scopes;

/** The scopes a 2023 operation names as current: its OAuth2 annotation, else its security list. */
const currentScopes2023 = (operation: Operation): string[] =>
  scopesOfState(operation, 'Current') ??
  (operation.security ?? []).flatMap((requirement) => requirement.OAuth2 ?? []);

/**
 * A digest of the operations of several descriptions and catalogue entries: every path and method
 * with only its scope annotation, in the form @forge/lint's permission linter reads. Where the
 * 2026 catalogue names scopes for an operation, they replace the 2023 current scopes (they are
 * what Atlassian requires today); the 2023 beta (granular) scopes are kept beside them.
 */
export const scopeDigest = (
  title: string,
  documents: OpenApiDocument[],
  catalogue: CatalogueEntry[],
): ScopeDigest => {
  const paths: ScopeDigest['paths'] = {};
  const put = (path: string, method: HttpMethod, current: string[], beta: string[]) => {
    const annotations: OAuthScopes[] = [{ state: 'Current', scheme: 'OAuth2', scopes: current }];
    if (beta.length > 0) annotations.push({ state: 'Beta', scheme: 'OAuth2', scopes: beta });
    paths[path] = { ...paths[path], [method]: { 'x-atlassian-oauth2-scopes': annotations } };
  };

  for (const document of documents) {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [key, operation] of Object.entries(item)) {
        if (!isHttpMethod(key)) continue;
        const op = operation as Operation;
        put(path, key, currentScopes2023(op), scopesOfState(op, 'Beta') ?? []);
      }
    }
  }

  for (const entry of catalogue) {
    const method = entry.m.toLowerCase();
    if (!isHttpMethod(method)) continue;
    const earlier = paths[entry.p]?.[method]?.['x-atlassian-oauth2-scopes'] ?? [];
    const beta = earlier.find((annotation) => annotation.state === 'Beta')?.scopes ?? [];
    const current = earlier.find((annotation) => annotation.state === 'Current')?.scopes ?? [];
    put(entry.p, method, entry.sc ?? current, beta);
  }

  return { openapi: '3.0.1', info: { title, 'x-digest': 'paths and scopes only' }, paths };
};
