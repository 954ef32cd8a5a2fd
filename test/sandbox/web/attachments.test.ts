import { demo } from '../../support/sandbox-harness';
import { startWebSandbox, type WebSandbox } from './web-sandbox';

/** Seeded: a fault report waiting for Casey's reply. */
const waitingRequest = 'FS-4';

describe('the portal’s attach button in the sandbox', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('attaches a picture as the customer and goes back to the request', async () => {
    const answer = await sandbox.submitForm(
      '/sandbox/attachments',
      { issueKey: waitingRequest, file: 'screenshot' },
      demo.customer,
    );
    await sandbox.harness.settle();

    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`/servicedesk/customer/portal/1/${waitingRequest}`);
    expect(sandbox.harness.site.requireIssue(waitingRequest).attachments).toEqual([
      expect.objectContaining({
        filename: 'screenshot.png',
        mimeType: 'image/png',
        authorId: sandbox.harness.accountIdOf(demo.customer),
      }),
    ]);
    const page = await (
      await sandbox.get(`/servicedesk/customer/portal/1/${waitingRequest}`, demo.customer)
    ).text();
    expect(page).toContain('<li>screenshot.png</li>');
  });

  it('attaches nothing for a customer who is not on the request', async () => {
    const answer = await sandbox.submitForm(
      '/sandbox/attachments',
      { issueKey: waitingRequest, file: 'screenshot' },
      demo.otherCustomer,
    );

    expect(answer.status).toBe(404);
    expect(sandbox.harness.site.requireIssue(waitingRequest).attachments).toBeUndefined();
  });
});
