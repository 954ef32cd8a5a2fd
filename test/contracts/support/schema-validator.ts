import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import type { OpenApiDocument, SchemaObject } from '../../../scripts/openapi/document';

/**
 * Jira writes instants as `2026-12-01T21:00:00.000+0000`: the offset has no colon, which RFC 3339
 * (and so JSON Schema's `date-time`) does not allow although the descriptions say `date-time`.
 * Both spellings are accepted; anything else is not.
 */
const jiraDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An OpenAPI 3.0 schema turned into the JSON Schema Ajv reads: `nullable: true` becomes a `null`
 * alternative (3.0 has no `type: 'null'`), and local references are made absolute to the
 * document they came from so that one validator can hold several descriptions.
 * @example toJsonSchema({ type: 'string', nullable: true }, 'd') // { type: ['string', 'null'] }
 */
export const toJsonSchema = (value: unknown, documentId: string): unknown => {
  if (Array.isArray(value)) return value.map((item) => toJsonSchema(item, documentId));
  if (value === null || typeof value !== 'object') return value;

  const record = value as Record<string, unknown>;
  // `nullable` is a keyword only with a boolean; a property may also be called so.
  const converted = Object.fromEntries(
    Object.entries(record)
      .filter(([key, item]) => key !== 'nullable' || typeof item !== 'boolean')
      .map(([key, item]) =>
        key === '$ref' && typeof item === 'string' && item.startsWith('#/')
          ? [key, `${documentId}${item}`]
          : [key, toJsonSchema(item, documentId)],
      ),
  );
  if (record.nullable !== true) return converted;
  if (typeof converted.type === 'string') {
    const withNull = { ...converted, type: [converted.type, 'null'] };
    return Array.isArray(converted.enum)
      ? { ...withNull, enum: [...converted.enum, null] }
      : withNull;
  }
  return { anyOf: [{ type: 'null' }, converted] };
};

/** One Ajv error as a sentence: where in the value, and what is wrong there. */
const describeError = (error: ErrorObject): string => {
  const where = error.instancePath === '' ? 'the value' : error.instancePath;
  const detail =
    error.keyword === 'additionalProperties'
      ? ` '${String((error.params as { additionalProperty?: unknown }).additionalProperty)}'`
      : error.keyword === 'enum'
        ? ` ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)}`
        : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
};

/** Validates values against the schemas of OpenAPI 3.0 descriptions, loosely where Jira is. */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Registers the component schemas of each description under its name. */
  constructor(documents: Record<string, OpenApiDocument>) {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addFormat('date-time', jiraDateTime);
    for (const [name, document] of Object.entries(documents)) {
      const schemas = document.components?.schemas ?? {};
      this.ajv.addSchema({ $id: name, components: { schemas: toJsonSchema(schemas, name) } });
    }
  }

  /**
   * The ways `value` breaks `schema` (a schema of the description named `documentName`), one
   * sentence each; empty when it conforms. Throws when the schema itself cannot be compiled.
   */
  validate(documentName: string, schema: SchemaObject, value: unknown): string[] {
    const key = `${documentName} ${JSON.stringify(schema)}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema, documentName) as SchemaObject);
      this.compiled.set(key, validate);
    }

    return validate(value) ? [] : (validate.errors ?? []).map(describeError);
  }
}
