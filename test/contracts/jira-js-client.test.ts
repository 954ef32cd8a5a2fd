import { HttpException, ServiceDeskClient, Version3Client } from 'jira.js';

import { startWebSandbox, type WebSandbox } from '../sandbox/web/web-sandbox';
import { demo, resolvedRequest } from '../support/sandbox-harness';
import { ApiDescriptions } from './support/api-descriptions';
import { checkCall } from './support/check-call';
import { SchemaValidator } from './support/schema-validator';

/** The published client's configuration as a script against a real site would write it. */
const config = (sandbox: WebSandbox, email: string) => ({
  host: sandbox.baseUrl,
  authentication: { basic: { email, apiToken: 'any-api-token' } },
});

describe('the sandbox driven by the published jira.js client, as a script would drive a site', () => {
  let sandbox: WebSandbox;
  let customerDesk: ServiceDeskClient;
  let agentJira: Version3Client;
  let customerJira: Version3Client;

  beforeEach(async () => {
    sandbox = await startWebSandbox();
    customerDesk = new ServiceDeskClient(config(sandbox, demo.customer));
    agentJira = new Version3Client(config(sandbox, demo.agent));
    customerJira = new Version3Client(config(sandbox, demo.customer));
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('lists the customer’s requests with their statuses', async () => {
    const page = await customerDesk.request.getCustomerRequests({ limit: 50 });

    const resolved = page.values?.find((request) => request.issueKey === resolvedRequest);
    expect(resolved?.currentStatus).toMatchObject({ status: 'Resolved', statusCategory: 'DONE' });
    expect(page.values?.every((request) => request.reporter !== undefined)).toBe(true);
  });

  it('reads one request with its participants and service desk', async () => {
    const request = await customerDesk.request.getCustomerRequestByIdOrKey({
      issueIdOrKey: 'FS-3',
      expand: ['participant', 'serviceDesk'],
    });

    expect(request).toMatchObject({
      issueKey: 'FS-3',
      reporter: { accountId: sandbox.harness.accountIdOf(demo.customer) },
      serviceDesk: { projectKey: 'FS' },
    });
    expect(request.participants?.values?.map((user) => user.accountId)).toEqual([
      sandbox.harness.accountIdOf(demo.otherCustomer),
    ]);
  });

  it('adds a customer comment that reopens the resolved request and is visible to them', async () => {
    const added = await customerDesk.request.createRequestComment({
      issueIdOrKey: resolvedRequest,
      body: 'It stopped reporting again this morning.',
      public: true,
    });
    await sandbox.harness.settle();

    const issue = await agentJira.issues.getIssue({
      issueIdOrKey: resolvedRequest,
      fields: ['status'],
    });
    const comments = await customerDesk.request.getRequestComments({
      issueIdOrKey: resolvedRequest,
    });
    expect(added).toMatchObject({ public: true, body: 'It stopped reporting again this morning.' });
    expect(issue.fields.status.name).toBe('In Review');
    expect(comments.values?.map((comment) => comment.body)).toContain(
      'It stopped reporting again this morning.',
    );
  });

  it('lists the transitions the workflow offers after the reopen', async () => {
    await customerDesk.request.createRequestComment({
      issueIdOrKey: resolvedRequest,
      body: 'Broken again.',
      public: true,
    });
    await sandbox.harness.settle();

    const { transitions } = await agentJira.issues.getTransitions({
      issueIdOrKey: resolvedRequest,
    });

    expect(transitions?.map((transition) => transition.to?.name)).toEqual(
      expect.arrayContaining(['In Progress', 'Resolved']),
    );
    expect(transitions?.map((transition) => transition.to?.name)).not.toContain('In Review');
  });

  it('reads the app’s issue property recording why it reopened the request', async () => {
    await customerDesk.request.createRequestComment({
      issueIdOrKey: resolvedRequest,
      body: 'Still broken.',
      public: true,
    });
    await sandbox.harness.settle();

    const property = await agentJira.issueProperties.getIssueProperty({
      issueIdOrKey: resolvedRequest,
      propertyKey: 'status-guide',
    });

    expect(property).toMatchObject({
      key: 'status-guide',
      value: { appliedActions: [{ rule: 'reopen', summary: 'Moved from Resolved to In Review' }] },
    });
  });

  it('gets Jira’s 404 as the client’s error when a customer reads the issue API', async () => {
    const reading = customerJira.issues.getIssue({ issueIdOrKey: resolvedRequest });

    await expect(reading).rejects.toBeInstanceOf(HttpException);
    await expect(reading).rejects.toMatchObject({ status: 404 });
  });

  it('makes only calls that Atlassian’s descriptions allow, and gets described answers', async () => {
    await customerDesk.request.getCustomerRequests({ expand: ['participant'] });
    await customerDesk.request.createRequestComment({
      issueIdOrKey: resolvedRequest,
      body: 'Again.',
      public: true,
    });
    await sandbox.harness.settle();
    await agentJira.issues.getTransitions({ issueIdOrKey: resolvedRequest });
    const descriptions = ApiDescriptions.load();
    const validator = new SchemaValidator(descriptions.documents);

    const calls = sandbox.harness.log.ofType('rest');
    const problems = calls.flatMap((call) => checkCall(descriptions, validator, call));

    expect(calls.filter((call) => call.source === 'http')).toHaveLength(3);
    expect(problems).toEqual([]);
  });
});
