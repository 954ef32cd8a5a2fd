import { demo, resolvedRequest } from '../../support/sandbox-harness';
import { basicAuth, startWebSandbox, type WebSandbox } from './web-sandbox';

const jiraErrorShape = { errorMessages: [expect.any(String)], errors: {} };

describe('the REST API over HTTP', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('answers a body that is not JSON with 400 in Jira’s shape and keeps serving', async () => {
    const path = `/rest/servicedeskapi/request/${resolvedRequest}/comment`;

    const answer = await sandbox.post(path, '{"body": "half', basicAuth(demo.customer));

    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual(jiraErrorShape);
    expect((await sandbox.get('/rest/api/3/myself')).status).toBeLessThan(500);
  });

  it('refuses basic auth with an email no demo user has with 401', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/myself`, {
      headers: basicAuth('nobody@nowhere.example'),
    });

    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual(jiraErrorShape);
  });

  it('answers a path Jira does not have with 404 in Jira’s error shape', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/no-such-thing`, {
      headers: basicAuth(demo.agent),
    });

    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual(jiraErrorShape);
  });

  it('acts as the basic-auth user, whatever the password', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/myself`, {
      headers: basicAuth(demo.agent),
    });

    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      accountId: sandbox.harness.accountIdOf(demo.agent),
    });
  });

  it('acts as the page session’s user when there is no basic auth', async () => {
    const page = await sandbox.get('/', demo.otherCustomer);
    const cookie =
      (page.headers.getSetCookie().find((c) => c.startsWith('sandbox_as=')) ?? '').split(';')[0] ??
      '';

    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/myself`, { headers: { cookie } });

    expect(await answer.json()).toMatchObject({
      accountId: sandbox.harness.accountIdOf(demo.otherCustomer),
    });
  });

  it('adds a customer’s comment posted with basic auth', async () => {
    const path = `/rest/servicedeskapi/request/${resolvedRequest}/comment`;

    const answer = await sandbox.post(
      path,
      { body: 'Still broken.', public: true },
      basicAuth(demo.customer),
    );

    expect(answer.status).toBe(201);
    expect(sandbox.harness.site.requireIssue(resolvedRequest).comments.at(-1)?.body).toBe(
      'Still broken.',
    );
  });
});
