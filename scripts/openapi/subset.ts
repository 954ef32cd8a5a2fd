import {
  type HttpMethod,
  type OpenApiDocument,
  type PathItem,
  type SchemaObject,
  templateShape,
} from './document';

/** Keys that only document; the subset drops them to stay small and readable. */
const documentationKeys = new Set(['description', 'example', 'examples', 'externalDocs', 'tags']);

/** Maps whose keys are names chosen by the API (a property may be called "description"). */
const nameMaps = new Set(['properties', 'patternProperties', 'schemas', 'content', 'responses']);

const schemaRefPrefix = '#/components/schemas/';

/**
 * The path key of `document` whose template has the same shape as `template`, or undefined when
 * the document has none.
 * @example findPathKey(platform, '/rest/api/3/issue/:issueIdOrKey') // '/rest/api/3/issue/{issueIdOrKey}'
 */
export const findPathKey = (document: OpenApiDocument, template: string): string | undefined => {
  const shape = templateShape(template);
  return Object.keys(document.paths).find((key) => templateShape(key) === shape);
};

/**
 * A copy of `value` without documentation keys (descriptions, examples), walking into nested
 * objects and arrays; keys of name maps such as `properties` are kept whatever they are called.
 * @example withoutDocumentation({ type: 'string', description: 'x' }) // { type: 'string' }
 */
export const withoutDocumentation = (value: unknown, isNameMap = false): unknown => {
  if (Array.isArray(value)) return value.map((item) => withoutDocumentation(item));
  if (value === null || typeof value !== 'object') return value;

  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => isNameMap || !documentationKeys.has(key))
    .map(([key, item]) => [key, withoutDocumentation(item, !isNameMap && nameMaps.has(key))]);
  return Object.fromEntries(entries);
};

/** Every component schema name `value` refers to directly. */
const schemaRefsIn = (value: unknown, found = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) {
    value.forEach((item) => schemaRefsIn(item, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith(schemaRefPrefix)) {
        found.add(item.slice(schemaRefPrefix.length));
      } else {
        schemaRefsIn(item, found);
      }
    }
  }
  return found;
};

/**
 * The component schemas `roots` refer to, and those they refer to in turn, by name in sorted
 * order. Throws when a reference names a schema the document lacks.
 */
export const referencedSchemas = (
  document: OpenApiDocument,
  roots: unknown,
): Record<string, SchemaObject> => {
  const all = document.components?.schemas ?? {};
  const kept = new Map<string, SchemaObject>();
  const pending = [...schemaRefsIn(roots)];

  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (kept.has(name)) continue;
    const schema = all[name];
    if (schema === undefined)
      throw new Error(`The description refers to a missing schema ${name}.`);
    kept.set(name, schema);
    pending.push(...schemaRefsIn(schema));
  }
  return Object.fromEntries([...kept.entries()].sort(([a], [b]) => a.localeCompare(b)));
};

/**
 * A smaller OpenAPI document holding only the named operations (method and path key of
 * `document`), the parameters their paths share, and the schemas they reach, all without
 * documentation text. Throws when an operation is missing.
 */
export const subsetDocument = (
  document: OpenApiDocument,
  operations: { method: HttpMethod; pathKey: string }[],
  note: string,
): OpenApiDocument => {
  const paths: Record<string, PathItem> = {};
  for (const { method, pathKey } of operations) {
    const item = document.paths[pathKey];
    const operation = item?.[method];
    if (!item || !operation)
      throw new Error(`${method.toUpperCase()} ${pathKey} is not described.`);

    const kept: PathItem =
      paths[pathKey] ?? (item.parameters ? { parameters: item.parameters } : {});
    kept[method] = operation;
    paths[pathKey] = kept;
  }

  const strippedPaths = withoutDocumentation(paths) as Record<string, PathItem>;
  const schemas = withoutDocumentation(referencedSchemas(document, strippedPaths), true);
  return {
    openapi: document.openapi,
    info: { title: document.info.title, version: document.info.version, 'x-subset': note },
    paths: Object.fromEntries(Object.entries(strippedPaths).sort(([a], [b]) => a.localeCompare(b))),
    components: { schemas: schemas as Record<string, SchemaObject> },
  };
};
