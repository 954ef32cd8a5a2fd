// The app and the sandbox must run on the settable clock, so the clocks read the same every day.
import '../support/install-clock';

import { demo } from '../support/sandbox-harness';
import { appPanel, useBrowserRun } from './browser';

/** A request awaiting dispatch, whose agent panel offers to record the dispatch. */
const orderRequest = 'FS-8';

describe('the sandbox’s time in the panels', () => {
  // Wednesday 17 February 2027, 11:00 in Auckland: far from whatever day the machine is on.
  const run = useBrowserRun('2027-02-16T22:00:00Z');

  it('names the sandbox’s day, not the machine’s, as today in the agent panel’s date hint', async () => {
    // A context whose clock is the machine's own: only the sandbox can move the panel's time.
    const context = await run.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${run.sandbox.baseUrl}/browse/${orderRequest}?as=${demo.agent}`);
    const panel = appPanel(page);

    await panel.getByRole('button', { name: 'Record dispatch' }).click();

    await panel.getByText('Year, month and day, such as 2027-02-17 for today.').waitFor();
    expect(await panel.locator('body').evaluate(() => new Date().toISOString())).toMatch(
      /^2027-02-16T22:0/,
    );
    await context.close();
  });
});
