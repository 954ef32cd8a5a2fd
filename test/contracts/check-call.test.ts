import { ApiDescriptions } from './support/api-descriptions';
import { checkCall, type RecordedCall } from './support/check-call';
import { SchemaValidator, toJsonSchema } from './support/schema-validator';

const descriptions = ApiDescriptions.load();
const validator = new SchemaValidator(descriptions.documents);

const call = (overrides: Partial<RecordedCall>): RecordedCall => ({
  source: 'app',
  method: 'GET',
  path: '/rest/api/3/myself',
  query: '',
  requestBody: undefined,
  status: 200,
  responseBody: { accountId: 'agent-alex' },
  ...overrides,
});

const transition = (requestBody: unknown) =>
  call({
    method: 'POST',
    path: '/rest/api/3/issue/FS-1/transitions',
    requestBody,
    status: 204,
    responseBody: undefined,
  });

const requestComment = (responseBody: unknown) =>
  call({ path: '/rest/servicedeskapi/request/FS-1/comment/10001', responseBody });

describe('checking one recorded call against the descriptions', () => {
  it('accepts a transition sent as Jira documents it', () => {
    expect(checkCall(descriptions, validator, transition({ transition: { id: '151' } }))).toEqual(
      [],
    );
  });

  it('says which field is wrong when a transition is sent as a bare string', () => {
    const problems = checkCall(descriptions, validator, transition({ transition: 'x' }));

    expect(problems).toEqual([
      'POST /rest/api/3/issue/FS-1/transitions (app) → /rest/api/3/issue/{issueIdOrKey}/transitions: request body: /transition must be object',
    ]);
  });

  it('says a required body is missing', () => {
    expect(checkCall(descriptions, validator, transition(undefined))).toEqual([
      expect.stringContaining('sends no body, but the operation requires one'),
    ]);
  });

  it('names a query parameter the operation does not declare', () => {
    const problems = checkCall(descriptions, validator, call({ query: 'expand=groups&verbose=1' }));

    expect(problems).toEqual([
      expect.stringContaining("query parameter 'verbose' is not declared (declared: expand)"),
    ]);
  });

  it('refuses a path in neither the 2023 descriptions nor the 2026 catalogue', () => {
    const problems = checkCall(descriptions, validator, call({ path: '/rest/api/3/filter/my' }));

    expect(problems).toEqual([
      'GET /rest/api/3/filter/my (app): no such operation in the 2023 descriptions nor in the 2026 catalogue',
    ]);
  });

  it('accepts a path added after 2023 when the 2026 catalogue has it, with its parameters', () => {
    const newer = new ApiDescriptions(descriptions.documents, [
      {
        id: 'searchJql',
        pr: 'jira',
        m: 'GET',
        p: '/rest/api/3/search/jql',
        pa: [{ n: 'jql', i: 'query' }],
      },
    ]);
    const search = call({ path: '/rest/api/3/search/jql', query: 'jql=project%3DFS' });

    expect(checkCall(newer, validator, search)).toEqual([]);
    expect(checkCall(newer, validator, { ...search, query: 'jql=x&startAt=0' })).toEqual([
      expect.stringContaining("query parameter 'startAt' is not declared (declared: jql)"),
    ]);
  });

  it('names a response field whose type breaks the schema, and the relied-on field it costs', () => {
    const problems = checkCall(
      descriptions,
      validator,
      requestComment({ id: '10001', public: 'yes', author: { accountId: 'cust-casey' } }),
    );

    expect(problems).toEqual([
      expect.stringContaining('response 200: /public must be boolean'),
      expect.stringContaining('a field the app relies on: /public must be boolean'),
    ]);
  });

  it('names a relied-on field that a loose schema lets the answer leave out', () => {
    const problems = checkCall(
      descriptions,
      validator,
      requestComment({ id: '10001', public: true }),
    );

    expect(problems).toEqual([
      expect.stringContaining(
        "a field the app relies on: the value must have required property 'author'",
      ),
    ]);
  });

  it('names a property the schema does not allow', () => {
    const problems = checkCall(
      descriptions,
      validator,
      requestComment({ id: '1', public: true, author: { accountId: 'a' }, visibility: 'all' }),
    );

    expect(problems).toEqual([
      expect.stringContaining(
        "response 200: the value must NOT have additional properties 'visibility'",
      ),
    ]);
  });

  it('names a status the operation does not declare', () => {
    expect(checkCall(descriptions, validator, call({ status: 418 }))).toEqual([
      expect.stringContaining('answers 418, which the operation does not declare'),
    ]);
  });
});

describe('turning OpenAPI 3.0 schemas into JSON Schema', () => {
  it.each([
    [{ type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [
      { type: 'string', enum: ['a'], nullable: true },
      { type: ['string', 'null'], enum: ['a', null] },
    ],
    [
      { $ref: '#/components/schemas/User', nullable: true },
      { anyOf: [{ type: 'null' }, { $ref: 'doc#/components/schemas/User' }] },
    ],
    [
      { properties: { nullable: { type: 'boolean' } } },
      { properties: { nullable: { type: 'boolean' } } },
    ],
  ])('turns %j into %j', (schema, expected) => {
    expect(toJsonSchema(schema, 'doc')).toEqual(expected);
  });
});
