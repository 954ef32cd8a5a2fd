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

  it('says which email basic auth named and who the demo users are, and logs the call', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/myself`, {
      headers: basicAuth('nobody@example.com'),
    });
    const body = (await answer.json()) as { errorMessages: string[] };

    expect(answer.status).toBe(401);
    expect(body.errorMessages[0]).toContain(
      'No user with the email nobody@example.com on this site; the demo users are: casey@customer.example, ',
    );
    expect(body.errorMessages[0]).not.toContain('status-guide@connect.atlassian.example');
    expect(sandbox.harness.log.ofType('rest')).toContainEqual(
      expect.objectContaining({
        source: 'http',
        as: 'anonymous',
        method: 'GET',
        path: '/rest/api/3/myself',
        status: 401,
      }),
    );
  });

  it('refuses basic auth as the app’s account, saying why', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/myself`, {
      headers: basicAuth('status-guide@connect.atlassian.example'),
    });
    const body = (await answer.json()) as { errorMessages: string[] };

    expect(answer.status).toBe(401);
    expect(body.errorMessages[0]).toContain("is the app's own account");
  });

  it('answers a session cookie naming the app’s account as an anonymous call (401)', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/rest/api/3/myself`, {
      headers: { Cookie: 'sandbox_as=status-guide%40connect.atlassian.example' },
    });

    expect(answer.status).toBe(401);
    expect(sandbox.harness.log.ofType('rest').at(-1)).toMatchObject({
      as: 'anonymous',
      status: 401,
    });
  });

  it('logs a body that is not JSON with the 400 it was answered', async () => {
    const path = `/rest/servicedeskapi/request/${resolvedRequest}/comment`;

    await sandbox.post(path, '{"body": "half', basicAuth(demo.customer));

    expect(sandbox.harness.log.ofType('rest').at(-1)).toMatchObject({
      path,
      status: 400,
      as: sandbox.harness.accountIdOf(demo.customer),
      requestBody: '{"body": "half',
    });
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

    // The app's reopen note may follow it at once, so the comment is found by its id.
    const { id } = (await answer.json()) as { id: string };
    const added = sandbox.harness.site
      .requireIssue(resolvedRequest)
      .comments.find((c) => c.id === id);
    expect(answer.status).toBe(201);
    expect(added?.body).toBe('Still broken.');
  });
});
