import type { Content, SchemaObject } from '../../../scripts/openapi/document';
import type { ApiDescriptions, DescribedOperation } from './api-descriptions';
import { reliedFieldsSchema } from './relied-fields';
import type { SchemaValidator } from './schema-validator';

/** A REST call as the sandbox recorded it. */
export interface RecordedCall {
  source: 'app' | 'http' | 'bridge';
  method: string;
  path: string;
  /** The query string without '?'. */
  query: string;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
}

const jsonSchemaOf = (content: Content | undefined): SchemaObject | undefined =>
  content?.content?.['application/json']?.schema;

const checkQuery = (described: DescribedOperation, query: URLSearchParams): string[] => {
  const fromCatalogue = (described.catalogueEntry?.pa ?? [])
    .filter((parameter) => parameter.i === 'query')
    .map((parameter) => parameter.n);
  const fromDescription = described.parameters
    .filter((parameter) => parameter.in === 'query')
    .map((parameter) => parameter.name);
  const declared = new Set([...fromDescription, ...fromCatalogue]);
  const sent = new Set(query.keys());

  const unknown = [...sent]
    .filter((name) => !declared.has(name))
    .map(
      (name) =>
        `query parameter '${name}' is not declared (declared: ${[...declared].join(', ') || 'none'})`,
    );
  const missing = described.parameters
    .filter((parameter) => parameter.in === 'query' && parameter.required === true)
    .filter((parameter) => !sent.has(parameter.name))
    .map((parameter) => `required query parameter '${parameter.name}' is missing`);
  return [...unknown, ...missing];
};

const checkRequestBody = (
  validator: SchemaValidator,
  described: DescribedOperation,
  body: unknown,
): string[] => {
  const { operation, document } = described;
  if (operation === null || document === null) {
    const takesBody = described.catalogueEntry?.b !== undefined;
    return body !== undefined && !takesBody ? ['sends a body, but the operation takes none'] : [];
  }

  const declared = operation.requestBody;
  if (body === undefined) {
    return declared?.required === true ? ['sends no body, but the operation requires one'] : [];
  }
  const schema = jsonSchemaOf(declared);
  if (schema === undefined) return ['sends a JSON body, but the operation declares none'];
  return validator.validate(document, schema, body).map((problem) => `request body: ${problem}`);
};

const checkResponse = (
  validator: SchemaValidator,
  described: DescribedOperation,
  call: RecordedCall,
): string[] => {
  const { operation, document } = described;
  if (operation === null || document === null) return [];

  const responses = operation.responses ?? {};
  const status = String(call.status);
  const declared = responses[status] ?? responses[`${status[0] ?? ''}XX`] ?? responses.default;
  if (declared === undefined) {
    return [
      `answers ${status}, which the operation does not declare (declared: ${Object.keys(responses).join(', ')})`,
    ];
  }
  // Atlassian declares most error statuses without a body, yet Jira sends one: only a declared
  // schema is checked.
  const schema = jsonSchemaOf(declared);
  if (schema === undefined || call.responseBody === undefined) return [];
  return validator
    .validate(document, schema, call.responseBody)
    .map((problem) => `response ${status}: ${problem}`);
};

const checkReliedFields = (
  validator: SchemaValidator,
  described: DescribedOperation,
  call: RecordedCall,
): string[] => {
  if (call.status < 200 || call.status >= 300) return [];
  const schema = reliedFieldsSchema(described, new URLSearchParams(call.query));
  if (schema === undefined) return [];
  return validator
    .validate(described.document ?? 'jira-platform', schema, call.responseBody)
    .map((problem) => `a field the app relies on: ${problem}`);
};

/**
 * Everything wrong with one recorded call measured against Atlassian's descriptions, one sentence
 * each, prefixed with the call ("POST /rest/api/3/issue/FS-1/transitions (app): …"); empty when
 * the call and its answer conform. A path in neither the 2023 descriptions nor the 2026 catalogue
 * is a problem in itself. The narrower scope leaves out error answers (a fault the sandbox
 * injected, a refusal a test provoked) and the fields the contract journeys rely on, which
 * tests of odd data leave out on purpose.
 */
export const checkCall = (
  descriptions: ApiDescriptions,
  validator: SchemaValidator,
  call: RecordedCall,
  scope: 'whole call' | 'requests and successful answers' = 'whole call',
): string[] => {
  const described = descriptions.find(call.method, call.path);
  const label = `${call.method} ${call.path} (${call.source})`;
  if (!described) {
    return [`${label}: no such operation in the 2023 descriptions nor in the 2026 catalogue`];
  }

  const isWhole = scope === 'whole call';
  const isSuccess = call.status >= 200 && call.status < 300;
  const problems = [
    ...checkQuery(described, new URLSearchParams(call.query)),
    ...checkRequestBody(validator, described, call.requestBody),
    ...(isWhole || isSuccess ? checkResponse(validator, described, call) : []),
    ...(isWhole ? checkReliedFields(validator, described, call) : []),
  ];
  return problems.map((problem) => `${label} → ${described.template}: ${problem}`);
};
