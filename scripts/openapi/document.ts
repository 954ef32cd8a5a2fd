/**
 * The parts of an OpenAPI 3.0 description and of the 2026 operation catalogue that the subset
 * generator, the contract tests and the Forge lint runner read. Atlassian's files hold more; what
 * is not named here is carried through untouched as `unknown`.
 */

/** A JSON value of an OpenAPI schema object (kept loose: Atlassian's schemas are). */
export type SchemaObject = Record<string, unknown>;

/** One parameter of an operation. */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
}

/** A body or an answer with its media types. */
export interface Content {
  content?: Record<string, { schema?: SchemaObject }>;
  required?: boolean;
}

/** One scope requirement as Atlassian writes it beside an operation. */
export interface OAuthScopes {
  /** 'Current' or 'Beta'. */
  state: string;
  scheme?: string;
  scopes: string[];
}

/** One operation (a method on a path). */
export interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: Content;
  responses?: Record<string, Content>;
  security?: Record<string, string[]>[];
  'x-atlassian-oauth2-scopes'?: OAuthScopes[];
  [key: string]: unknown;
}

/** The operations of one path, with parameters shared by all of them. */
export type PathItem = Partial<Record<HttpMethod, Operation>> & { parameters?: Parameter[] };

/** An OpenAPI 3.0 document. */
export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, PathItem>;
  components?: { schemas?: Record<string, SchemaObject>; [kind: string]: unknown };
  [key: string]: unknown;
}

/** One operation of the 2026 catalogue: product, method, path, parameters and classic scopes. */
export interface CatalogueEntry {
  id: string;
  /** Product: 'jira', 'jsm', 'agile', 'confluence', 'confluence-v1'. */
  pr: string;
  /** Method, upper case. */
  m: string;
  p: string;
  /** Parameters: name, where (`path`, `query`), required, type. */
  pa?: { n: string; i: string; r?: boolean; t?: string }[];
  /** Required scopes; absent when the catalogue names none. */
  sc?: string[];
  [key: string]: unknown;
}

/** The methods an OpenAPI path item may hold, lower case as the format spells them. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** A method as an OpenAPI path item keys it. */
export type HttpMethod = (typeof httpMethods)[number];

/**
 * A path template with every parameter name blanked, so templates written by different hands
 * compare equal.
 * @example templateShape('/rest/api/3/issue/:issueIdOrKey') // '/rest/api/3/issue/{}'
 * @example templateShape('/rest/api/3/issue/{issueIdOrKey}') // '/rest/api/3/issue/{}'
 */
export const templateShape = (template: string): string =>
  template.replace(/\{[^}]+\}|:[A-Za-z_]\w*/g, '{}').replace(/\/+$/, '');

/**
 * True when a concrete path fits a template; a parameter matches one non-empty segment.
 * @example pathFitsTemplate('/rest/api/3/issue/FS-1', '/rest/api/3/issue/{issueIdOrKey}') // true
 */
export const pathFitsTemplate = (path: string, template: string): boolean => {
  const pathSegments = path.replace(/\/+$/, '').split('/');
  const templateSegments = templateShape(template).split('/');
  return (
    pathSegments.length === templateSegments.length &&
    templateSegments.every(
      (segment, index) =>
        (segment === '{}' && (pathSegments[index] ?? '') !== '') || segment === pathSegments[index],
    )
  );
};

/** How many literal (non-parameter) segments a template has; more is a closer fit. */
export const literalSegments = (template: string): number =>
  templateShape(template)
    .split('/')
    .filter((segment) => segment !== '{}').length;
