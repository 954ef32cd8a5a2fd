// The app and the sandbox must run on the settable clock, so the clocks read the same every day.
import '../support/install-clock';

import { demo } from '../support/sandbox-harness';
import { accessibilityViolations, appPanel, saveScreenshot, useBrowserRun } from './browser';

/** A request awaiting dispatch: its dispatch promise runs on the Auckland calendar. */
const orderRequest = 'FS-8';

describe('an agent records a dispatch on the agent panel', () => {
  // Thursday 3 December 2026, 14:00 in Auckland: the order waits for dispatch.
  const run = useBrowserRun('2026-12-03T01:00:00Z');

  it('shows the promise clocks beside the SLAs, then records a dispatch that meets its promise', async () => {
    // Axe needs a page of a context of its own.
    const context = await run.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${run.sandbox.baseUrl}/browse/${orderRequest}?as=${demo.agent}`);
    const panel = appPanel(page);
    const dispatchClock = panel
      .getByRole('list', { name: 'Promises' })
      .getByRole('listitem')
      .filter({ hasText: 'Dispatch within 5 business days' });

    await dispatchClock.getByText('Running', { exact: true }).waitFor();
    expect(await dispatchClock.textContent()).toContain('Tue, 8 Dec 2026, 12:00 pm');
    const slas = panel.getByRole('list', { name: 'JSM SLAs' });
    expect(await slas.getByText('Time to resolution').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-panel-promise-clocks');

    await panel.getByRole('button', { name: 'Record dispatch' }).click();
    await panel.getByLabel('Dispatch date').fill('3/12/2026');
    await panel.getByLabel('Carrier reference').fill('NZP-4471');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Enter the date as YYYY-MM-DD, for example 2026-12-03.').waitFor();
    expect(await panel.getByLabel('Carrier reference').inputValue()).toBe('NZP-4471');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-panel-dispatch-date-refused');

    await panel.getByLabel('Dispatch date').fill('2026-12-03');
    await panel.getByRole('button', { name: 'Save' }).click();

    await panel.getByRole('status').getByText('Dispatch saved.').waitFor();
    await dispatchClock.getByText('Met', { exact: true }).waitFor();
    const recorded = panel.getByRole('list', { name: 'Recorded details' });
    expect(
      await recorded.getByText('Thu, 3 Dec 2026 · carrier reference NZP-4471').isVisible(),
    ).toBe(true);
    expect(
      run.sandbox.harness.site.requireIssue(orderRequest).properties['status-guide'],
    ).toMatchObject({
      facts: { dispatch: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471' } },
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agent-panel-dispatch-recorded');
    await context.close();
  });
});
