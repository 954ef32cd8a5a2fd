import type { SchemaObject } from '../../../scripts/openapi/document';
import type { DescribedOperation } from './api-descriptions';

/*
 * Atlassian's schemas leave much optional or untyped (Comment.body has no type), so a response
 * can conform and still lack what src/jira reads. These schemas name, per operation, the fields
 * the app's readers use; keep them in step with the readers.
 */

const text: SchemaObject = { type: 'string', minLength: 1 };
const flag: SchemaObject = { type: 'boolean' };

/** An object that must hold these properties. */
const holding = (properties: Record<string, SchemaObject>): SchemaObject => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
});

/** An object whose properties, when present, must have these shapes. */
const optionally = (properties: Record<string, SchemaObject>): SchemaObject => ({
  type: 'object',
  properties,
});

const listOf = (items: SchemaObject): SchemaObject => ({ type: 'array', items });

const account = holding({ accountId: text });
const transition = holding({ id: text, name: text, to: holding({ name: text }) });

const listParam = (query: URLSearchParams, name: string): string[] =>
  query.getAll(name).flatMap((value) => value.split(','));

const issue = (query: URLSearchParams): SchemaObject => {
  const fields = listParam(query, 'fields');
  const expand = listParam(query, 'expand');
  const wants = (field: string) => fields.length === 0 || fields.includes(field);
  const wanted: Record<string, SchemaObject> = {
    ...(wants('status')
      ? { status: holding({ name: text, statusCategory: holding({ key: text }) }) }
      : {}),
    ...(wants('project') ? { project: holding({ key: text }) } : {}),
    ...(wants('created') ? { created: text } : {}),
  };
  const history = holding({
    created: text,
    items: listOf(holding({ field: text })),
  });

  return holding({
    id: text,
    key: text,
    fields: {
      ...holding(wanted),
      properties: { ...wanted, reporter: { anyOf: [{ type: 'null' }, account] } },
    },
    ...(listParam(query, 'properties').length > 0 ? { properties: { type: 'object' } } : {}),
    ...(expand.includes('transitions') ? { transitions: listOf(transition) } : {}),
    ...(expand.includes('changelog') ? { changelog: holding({ histories: listOf(history) }) } : {}),
  });
};

const customerRequest = (query: URLSearchParams): SchemaObject => {
  const expand = listParam(query, 'expand');
  return holding({
    issueId: text,
    issueKey: text,
    requestTypeId: text,
    reporter: account,
    currentStatus: holding({ status: text, statusCategory: text }),
    ...(expand.includes('participant')
      ? { participants: holding({ values: listOf(account) }) }
      : {}),
    ...(expand.includes('serviceDesk') ? { serviceDesk: holding({ projectKey: text }) } : {}),
  });
};

const requestComment = holding({ id: text, public: flag, author: account });

const rules: Record<string, (query: URLSearchParams) => SchemaObject> = {
  'GET /rest/api/3/issue/{issueIdOrKey}': issue,
  'GET /rest/api/3/issue/{issueIdOrKey}/transitions': () =>
    holding({ transitions: listOf(transition) }),
  'GET /rest/api/3/issue/{issueIdOrKey}/comment/{id}': (query) =>
    holding({
      id: text,
      created: text,
      author: optionally({ accountId: text, accountType: text }),
      jsdPublic: flag,
      ...(listParam(query, 'expand').includes('properties')
        ? { properties: listOf(holding({ key: text })) }
        : {}),
    }),
  'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': () =>
    holding({ key: text, value: {} }),
  'GET /rest/api/3/status': () => listOf(holding({ name: text })),
  'GET /rest/api/3/mypermissions': (query) => {
    const asked = listParam(query, 'permissions');
    const granted = holding({ havePermission: flag });
    return holding({
      permissions: holding(Object.fromEntries(asked.map((permission) => [permission, granted]))),
    });
  },
  'POST /rest/api/3/permissions/check': () =>
    holding({
      projectPermissions: listOf(
        optionally({ permission: text, issues: listOf({ type: 'integer' }) }),
      ),
    }),
  'GET /rest/servicedeskapi/request': (query) =>
    holding({ values: listOf(customerRequest(query)), isLastPage: flag }),
  'GET /rest/servicedeskapi/request/{issueIdOrKey}': customerRequest,
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment': () =>
    holding({ values: listOf(requestComment), isLastPage: flag }),
  'POST /rest/servicedeskapi/request/{issueIdOrKey}/comment': () => requestComment,
  'GET /rest/servicedeskapi/request/{issueIdOrKey}/comment/{commentId}': () => requestComment,
};

/**
 * A JSON schema of the fields the app and the tests read from a successful answer of this
 * operation, given the query that shaped it; undefined when nothing beyond the description is
 * relied on.
 */
export const reliedFieldsSchema = (
  described: DescribedOperation,
  query: URLSearchParams,
): SchemaObject | undefined => rules[`${described.method} ${described.template}`]?.(query);
