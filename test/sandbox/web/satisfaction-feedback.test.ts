import { demo, resolvedRequest } from '../../support/sandbox-harness';
import { basicAuth, startWebSandbox, type WebSandbox } from './web-sandbox';

describe('JSM’s satisfaction survey in the sandbox’s portal', () => {
  let sandbox: WebSandbox;

  const requestPage = async (key: string, email: string): Promise<string> =>
    (await sandbox.get(`/servicedesk/customer/portal/1/${key}`, email)).text();

  const rate = (key: string, email: string, body: unknown) =>
    sandbox.post(`/rest/servicedeskapi/request/${key}/feedback`, body, basicAuth(email));

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('asks the reporter of a resolved request how satisfied they are', async () => {
    const page = await requestPage(resolvedRequest, demo.customer);

    expect(page).toContain('How satisfied are you with how we handled this request?');
    expect(page).toContain('data-feedback-form');
  });

  it('asks nobody about a request that is not resolved', async () => {
    expect(await requestPage('FS-2', demo.customer)).not.toContain('data-feedback-form');
  });

  it('keeps the reporter’s rating with its remark and shows it on the page', async () => {
    const answer = await rate(resolvedRequest, demo.customer, {
      type: 'csat',
      rating: 4,
      comment: { body: 'Quick fix, thanks.' },
    });

    expect(answer.status).toBe(201);
    expect(sandbox.harness.site.requireIssue(resolvedRequest).feedback).toMatchObject({
      rating: 4,
      remark: 'Quick fix, thanks.',
    });
    expect(await requestPage(resolvedRequest, demo.customer)).toMatch(
      /You rated this request 4 out of\s+5: “Quick fix, thanks.”/,
    );
    expect(sandbox.harness.statusOf(resolvedRequest)).toBe('Resolved');
  });

  it.each([
    ['an agent, who is not the reporter', 'FS-1', demo.agent, 5, 403],
    ['a request that is not resolved', 'FS-2', demo.customer, 5, 400],
    ['a rating outside 1 to 5', 'FS-1', demo.customer, 6, 400],
  ])('refuses %s', async (_case, key, email, rating, status) => {
    const answer = await rate(key, email, { type: 'csat', rating });

    expect(answer.status).toBe(status);
    expect(sandbox.harness.site.requireIssue(key).feedback).toBeUndefined();
  });
});
