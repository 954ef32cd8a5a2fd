// The app and the sandbox must run on the settable clock, so the promises read the same every day.
import '../support/install-clock';

import { fieldServiceWorkflow, seedSite } from '../../sandbox/site/seed';
import { fieldServicePreset } from '../../src/domain/catalogue/field-service-preset';
import { fillCompany } from '../../src/domain/catalogue/fill-company';
import { matchStatus } from '../../src/domain/catalogue/match-status';
import { defaultConfig } from '../../src/domain/config/defaults';
import type { WebSandbox } from '../sandbox/web/web-sandbox';
import { demo, resolvedRequest } from '../support/sandbox-harness';
import {
  accessibilityViolations,
  appPanel,
  openPage,
  saveScreenshot,
  themes,
  useBrowserRun,
} from './browser';

const seeded = seedSite();
const casey = seeded.users.find((user) => user.email === demo.customer);

/** One demo request of the customer's in every status of the workflow, with its headline. */
const requestPerStatus = fieldServiceWorkflow().statuses.map((status) => {
  const request = seeded.issues.find(
    (issue) =>
      issue.statusId === status.id &&
      issue.requestTypeId !== null &&
      issue.reporterId === casey?.accountId,
  );
  const entry = matchStatus(status.name, fieldServicePreset, {});
  return {
    status: status.name,
    issueKey: request?.key ?? `no request in ${status.name}`,
    headline: entry?.wording.headline ?? '',
    waitsOnCustomer: entry?.waitsOnCustomer ?? false,
    firstAction: fillCompany(entry?.wording.customerCanDo[0] ?? '', defaultConfig.companyName),
  };
});

const portalUrl = (sandbox: WebSandbox, issueKey: string): string =>
  `${sandbox.baseUrl}/servicedesk/customer/portal/1/${issueKey}`;

describe('the customer’s panel on a portal request', () => {
  // Thursday 3 December 2026, 14:00 in Auckland.
  const run = useBrowserRun('2026-12-03T01:00:00Z');

  describe.each(themes)('in the %s theme', (theme) => {
    it.each(requestPerStatus)(
      'tells the customer on $issueKey ($status) what the status means',
      async ({ status, issueKey, headline, waitsOnCustomer, firstAction }) => {
        expect(headline).not.toBe('');
        const page = await openPage(run.browser, portalUrl(run.sandbox, issueKey), {
          as: demo.customer,
          theme,
        });
        const panel = appPanel(page);

        const text = panel.getByText(headline, { exact: true });
        await text.waitFor();
        expect(await text.isVisible()).toBe(true);
        expect(run.sandbox.harness.statusOf(issueKey)).toBe(status);
        expect(await panel.getByText(firstAction, { exact: true }).isVisible()).toBe(true);
        const warning = panel.getByRole('heading', { name: 'Your action is needed' });
        expect(await warning.count()).toBe(waitsOnCustomer ? 1 : 0);
        if (status !== 'Resolved') {
          const current = panel
            .getByRole('list', { name: 'The road ahead' })
            .locator('[aria-current="step"]');
          expect(await current.innerText()).toBe(`${status} (you are here)`);
        }
        await saveScreenshot(page, `portal-${issueKey}-${theme}`);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.context().close();
      },
    );

    it('reads in French for a customer who asks for French, dates included', async () => {
      const page = await openPage(run.browser, `${portalUrl(run.sandbox, 'FS-8')}?locale=fr-FR`, {
        as: demo.customer,
        theme,
      });
      const panel = appPanel(page);

      await panel.getByRole('heading', { name: 'La suite' }).waitFor();
      expect(await panel.getByText('Qui agit maintenant :').isVisible()).toBe(true);
      expect(
        await panel.getByText(/Pour votre demande, cela signifie d’ici le/).innerText(),
      ).toMatch(/(lundi|mardi|mercredi|jeudi|vendredi) \d+ décembre/);
      await saveScreenshot(page, `portal-FS-8-fr-FR-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });

    it('shows a customer who is not on the request nothing about it', async () => {
      const page = await openPage(run.browser, portalUrl(run.sandbox, resolvedRequest), {
        as: demo.otherCustomer,
        theme,
      });

      await page.getByRole('heading', { name: 'Request not found' }).waitFor();
      const summary = run.sandbox.harness.site.requireIssue(resolvedRequest).summary;
      expect(await page.getByText(summary).count()).toBe(0);
      expect(await page.locator('iframe').count()).toBe(0);
      await saveScreenshot(page, `portal-not-on-request-${theme}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    });
  });
});
