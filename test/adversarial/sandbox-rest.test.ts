// The sandbox's REST API: Jira's error shapes for every bad call, never a crash.
import { basicAuth, startWebSandbox, type WebSandbox } from '../sandbox/web/web-sandbox';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const platformError = { errorMessages: [expect.any(String)], errors: expect.any(Object) };
const serviceDeskError = { errorMessage: expect.any(String) };

describe('the REST API called in-process with bad input', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it.each([
    ['a broken percent escape in an issue key', 'GET', '/rest/api/3/issue/%E0%A4%A'],
    ['a lone percent sign', 'GET', '/rest/api/3/issue/%'],
    ['a broken escape in a request key', 'GET', '/rest/servicedeskapi/request/%C3%28'],
    ['a broken escape in a comment id', 'GET', '/rest/servicedeskapi/request/FS-1/comment/%ZZ'],
  ])('answers %s with a 4xx in Jira’s shape instead of throwing', (_name, method, path) => {
    const call = () => harness.rest(demo.agent, method, path);

    expect(call).not.toThrow();
    const answer = call();
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it.each([
    ['projectPermissions of null entries', { projectPermissions: [null] }],
    [
      'projectPermissions of a null and a valid entry',
      { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues: [10001] }, null] },
    ],
  ])('answers a permission check with %s with 400, not 500', (_name, body) => {
    const answer = harness.rest(demo.agent, 'POST', '/rest/api/3/permissions/check', body);

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(platformError);
  });

  it.each([
    ['null', null],
    ['an array', [{ body: 'x' }]],
    ['a number body', { body: 5 }],
    ['a string public flag', { body: 'x', public: 'true' }],
    ['no body at all', undefined],
  ])('answers a comment of %s with 400 in the service management shape', (_name, body) => {
    const answer = harness.rest(
      demo.customer,
      'POST',
      `/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      body,
    );

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(serviceDeskError);
  });

  it.each([
    ['no transition', {}],
    ['a transition id of an object', { transition: { id: {} } }],
    ['a transition the status does not offer', { transition: { id: '11' } }],
    ['a transition that does not exist', { transition: { id: '424242' } }],
  ])('answers a transition with %s with 400', (_name, body) => {
    const answer = harness.rest(
      demo.agent,
      'POST',
      `/rest/api/3/issue/${resolvedRequest}/transitions`,
      body,
    );

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(platformError);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('refuses a customer transitioning a request through the platform API (404, as if it did not exist)', () => {
    const answer = harness.rest(
      demo.customer,
      'POST',
      `/rest/api/3/issue/${resolvedRequest}/transitions`,
      { transition: { id: '151' } },
    );

    expect(answer.status).toBe(404);
    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it('refuses a customer overwriting the app’s issue property', () => {
    const answer = harness.rest(
      demo.customer,
      'PUT',
      `/rest/api/3/issue/${resolvedRequest}/properties/status-guide`,
      { version: 1, appliedActions: [] },
    );

    expect(answer.status).toBe(404);
  });

  it('answers wrong methods with 405 and unknown paths with 404, both in Jira’s shape', () => {
    const wrongMethod = harness.rest(demo.agent, 'DELETE', `/rest/api/3/issue/${resolvedRequest}`);
    const patch = harness.rest(
      demo.agent,
      'PATCH',
      `/rest/servicedeskapi/request/${resolvedRequest}`,
    );
    const unknown = harness.rest(demo.agent, 'GET', '/rest/api/3/../../etc/passwd');

    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toMatchObject(platformError);
    expect(patch.status).toBe(405);
    expect(patch.body).toMatchObject(serviceDeskError);
    expect(unknown.status).toBe(404);
  });

  it('answers anonymous calls with 401 and unknown users the same way', () => {
    const anonymous = harness.rest('nobody@nowhere.example', 'GET', '/rest/api/3/myself');

    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject(platformError);
  });

  it('hides a request from a customer who is not on it, by key and by id alike', () => {
    const byKey = harness.rest(
      demo.otherCustomer,
      'GET',
      `/rest/servicedeskapi/request/${resolvedRequest}`,
    );
    const byId = harness.rest(demo.otherCustomer, 'GET', '/rest/servicedeskapi/request/10001');
    const lower = harness.rest(demo.otherCustomer, 'GET', '/rest/servicedeskapi/request/fs-1');

    expect([byKey.status, byId.status, lower.status]).toEqual([404, 404, 404]);
    expect(byKey.body).toEqual(byId.body);
  });

  it('keeps internal notes from a customer reading comments one by one', () => {
    const note = harness.rest(
      demo.agent,
      'POST',
      `/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      {
        body: 'internal: customer is difficult',
        public: false,
      },
    );
    const id = (note.body as { id: string }).id;

    const single = harness.rest(
      demo.customer,
      'GET',
      `/rest/servicedeskapi/request/${resolvedRequest}/comment/${id}`,
    );
    const list = harness.rest(
      demo.customer,
      'GET',
      `/rest/servicedeskapi/request/${resolvedRequest}/comment?internal=true&public=false`,
    );

    expect(single.status).toBe(404);
    expect(JSON.stringify(list.body)).not.toMatch(/difficult/);
  });

  it('answers a very long key with 404, not a crash', () => {
    const answer = harness.rest(demo.agent, 'GET', `/rest/api/3/issue/FS-${'9'.repeat(100_000)}`);

    expect(answer.status).toBe(404);
  });

  it('answers paging junk with a sensible page', () => {
    const answer = harness.rest(
      demo.customer,
      'GET',
      '/rest/servicedeskapi/request?start=-5&limit=abc',
    );

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ start: 0 });
  });

  it('refuses a property key longer than 255 characters and a property over 32 KB', () => {
    const longKey = harness.rest(
      demo.agent,
      'PUT',
      `/rest/api/3/issue/${resolvedRequest}/properties/${'k'.repeat(256)}`,
      { a: 1 },
    );
    const big = harness.rest(
      demo.agent,
      'PUT',
      `/rest/api/3/issue/${resolvedRequest}/properties/big`,
      { a: 'x'.repeat(40_000) },
    );

    expect([longKey.status, big.status]).toEqual([400, 400]);
  });
});

describe('the REST API over HTTP with bad input', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  const get = (path: string, headers: Record<string, string> = basicAuth(demo.agent)) =>
    fetch(`${sandbox.baseUrl}${path}`, { headers });

  it('answers a broken percent escape with a 4xx, not a 500', async () => {
    const answer = await get('/rest/api/3/issue/%E0%A4%A');

    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await answer.json()).toMatchObject(platformError);
  });

  it('answers a body over the size limit with 413 in Jira’s shape', async () => {
    const answer = await sandbox.post(
      `/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      { body: 'x'.repeat(2_000_000), public: true },
      basicAuth(demo.customer),
    );

    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject(platformError);
  });

  it('answers malformed basic auth as an anonymous call (401)', async () => {
    const garbled = await get('/rest/api/3/myself', { Authorization: 'Basic !!!not-base64' });
    const noColon = await get('/rest/api/3/myself', {
      Authorization: `Basic ${Buffer.from('nobody').toString('base64')}`,
    });
    const bearer = await get('/rest/api/3/myself', { Authorization: 'Bearer abc' });

    expect([garbled.status, noColon.status, bearer.status]).toEqual([401, 401, 401]);
  });

  it('refuses to act as the app through basic auth', async () => {
    const answer = await get(
      '/rest/api/3/myself',
      basicAuth('status-guide@connect.atlassian.example'),
    );

    expect(answer.status).toBe(401);
  });

  it('refuses a session cookie naming the app or nobody', async () => {
    const asApp = await get('/rest/api/3/myself', {
      Cookie: 'sandbox_as=status-guide%40connect.atlassian.example',
    });
    const asNobody = await get('/rest/api/3/myself', { Cookie: 'sandbox_as=nobody%40x' });

    expect(asNobody.status).toBe(401);
    // Acting as the app would bypass every permission check and hide the change from the
    // app's triggers (ignoreSelf); basic auth already refuses it, the session must too.
    expect(asApp.status).toBe(401);
  });

  it('answers a JSON body sent as text/plain the same as JSON, and an empty POST with 400', async () => {
    const asText = await fetch(
      `${sandbox.baseUrl}/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...basicAuth(demo.customer) },
        body: JSON.stringify({ body: 'text/plain comment', public: true }),
      },
    );
    const empty = await fetch(
      `${sandbox.baseUrl}/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      { method: 'POST', headers: basicAuth(demo.customer) },
    );

    expect(asText.status).toBe(201);
    expect(empty.status).toBe(400);
  });

  it('escapes markup in a comment body on the portal page', async () => {
    await sandbox.post(
      `/rest/servicedeskapi/request/${resolvedRequest}/comment`,
      { body: '<script>alert(1)</script>', public: true },
      basicAuth(demo.customer),
    );

    const page = await sandbox.get(
      `/servicedesk/customer/portal/1/${resolvedRequest}`,
      demo.customer,
    );
    const text = await page.text();

    expect(text).not.toContain('<script>alert(1)</script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes markup in ?as= and in page paths', async () => {
    const as = await sandbox.get('/', '<img src=x onerror=alert(1)>');
    const path = await sandbox.get('/browse/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', demo.agent);

    expect(await as.text()).not.toContain('<img src=x onerror');
    expect(await path.text()).not.toContain('<img src=x onerror');
  });
});
