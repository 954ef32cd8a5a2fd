import { demo, resolvedRequest } from '../support/sandbox-harness';
import { appPanel, saveScreenshot, useBrowserRun } from './browser';

describe('a customer comments on their resolved request in the portal', () => {
  const run = useBrowserRun();

  it('reopens the request within two seconds and the panel explains the new status', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const portalUrl = `/servicedesk/customer/portal/1/${resolvedRequest}?as=${demo.customer}`;
    await page.goto(`${run.sandbox.baseUrl}${portalUrl}`);
    await appPanel(page).getByText('We believe this is sorted.').waitFor();
    await saveScreenshot(page, 'portal-resolved-before-comment');

    await page
      .getByLabel('Add a comment')
      .fill('The tracker stopped reporting again this morning.');
    await page.getByRole('button', { name: 'Add comment' }).click();

    // The page reloads once the app has acted; the status must read In Review within 2 seconds.
    await page.getByText('In Review', { exact: true }).first().waitFor({ timeout: 2000 });
    const explanation = appPanel(page).getByText(/in the queue for our support team/);
    await explanation.waitFor();
    expect(await explanation.isVisible()).toBe(true);
    expect(run.sandbox.harness.statusOf(resolvedRequest)).toBe('In Review');
    await saveScreenshot(page, 'portal-reopened-after-comment');
  });

  it('shows the agent why the app reopened the request', async () => {
    const page = await run.browser.newPage({ viewport: { width: 1200, height: 900 } });

    await page.goto(`${run.sandbox.baseUrl}/browse/${resolvedRequest}?as=${demo.agent}`);

    const action = appPanel(page).getByText('Moved from Resolved to In Review');
    await action.waitFor();
    expect(await action.isVisible()).toBe(true);
    await saveScreenshot(page, 'agent-panel-after-reopen');
  });
});
