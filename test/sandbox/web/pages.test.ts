import { demo, resolvedRequest } from '../../support/sandbox-harness';
import { startWebSandbox, type WebSandbox } from './web-sandbox';

const portalPath = (key: string) => `/servicedesk/customer/portal/1/${key}`;

describe('the emulated Jira pages', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('shows the reporting customer the request and the app’s portal panel', async () => {
    const answer = await sandbox.get(portalPath(resolvedRequest), demo.customer);
    const page = await answer.text();

    expect(answer.status).toBe(200);
    expect(page).toContain('Tracker in van 12 stopped reporting');
    expect(page).toContain('Where your request stands');
    expect(sandbox.frameIdsIn(page)).toHaveLength(1);
  });

  it('tells a customer not on the request that it was not found, without the panel', async () => {
    const answer = await sandbox.get(portalPath(resolvedRequest), demo.otherCustomer);
    const page = await answer.text();

    expect(answer.status).toBe(404);
    expect(page).toContain('Request not found');
    expect(page).not.toContain('Tracker in van 12');
    expect(page).not.toContain('<iframe');
  });

  it('never shows internal notes on the portal, while the agent view marks them', async () => {
    const { site } = sandbox.harness;
    site.addComment(
      resolvedRequest,
      'agent-alex',
      'Secret: the unit was swapped under warranty.',
      false,
    );
    site.addComment(resolvedRequest, 'agent-alex', 'We are looking at it again.', true);

    const portal = await (await sandbox.get(portalPath(resolvedRequest), demo.customer)).text();
    const agent = await (await sandbox.get(`/browse/${resolvedRequest}`, demo.agent)).text();

    expect(portal).toContain('We are looking at it again.');
    expect(portal).not.toContain('Secret: the unit was swapped');
    expect(agent).toContain('Secret: the unit was swapped');
    expect(agent).toMatch(/Internal<\/span>[\s\S]*Secret: the unit was swapped/);
  });

  it('escapes what people typed, so a comment cannot add markup', async () => {
    sandbox.harness.site.addComment(
      resolvedRequest,
      'cust-casey',
      '<script>alert(1)</script>',
      true,
    );

    const page = await (await sandbox.get(portalPath(resolvedRequest), demo.customer)).text();

    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)');
  });

  it('offers the reporter of a resolved request a satisfaction rating, then shows what they gave', async () => {
    const before = await (await sandbox.get(portalPath(resolvedRequest), demo.customer)).text();
    sandbox.harness.rest(
      demo.customer,
      'POST',
      `/rest/servicedeskapi/request/${resolvedRequest}/feedback`,
      {
        type: 'csat',
        rating: 2,
        comment: { body: 'Slow <b>fix</b>' },
      },
    );
    const after = await (await sandbox.get(portalPath(resolvedRequest), demo.customer)).text();

    expect(before).toContain('How satisfied are you with how we handled this request?');
    expect(before).not.toContain('You rated this request');
    expect(after).toContain('You rated this request 2 out of\n');
    expect(after).toContain('“Slow &lt;b&gt;fix&lt;/b&gt;”');
    expect(after).not.toContain('<b>fix');
  });

  it('offers no rating on an open request', async () => {
    const page = await (await sandbox.get(portalPath('FS-2'), demo.customer)).text();

    expect(page).not.toContain('How satisfied are you');
  });

  it('keeps customers out of the agent view with 403', async () => {
    const answer = await sandbox.get(`/browse/${resolvedRequest}`, demo.customer);

    expect(answer.status).toBe(403);
    expect(await answer.text()).not.toContain('<iframe');
  });

  it('offers an agent the transitions of the current status and the issue panel', async () => {
    const page = await (await sandbox.get(`/browse/${resolvedRequest}`, demo.agent)).text();

    expect(page).toContain('>Reopen</button>');
    expect(page).not.toContain('>Resolve</button>');
    expect(sandbox.frameIdsIn(page)).toHaveLength(1);
  });

  it('lists on the help center only the customer’s own and shared requests', async () => {
    const page = await (
      await sandbox.get('/servicedesk/customer/portal/1', demo.otherCustomer)
    ).text();

    expect(page).toContain('Geofence alerts not arriving');
    expect(page).toContain('dashboard access');
    expect(page).not.toContain('Tracker in van 12');
  });

  it('acts as Casey when nobody was chosen, and says so when ?as= names no demo user', async () => {
    const page = await (await sandbox.get('/', 'ghost@nowhere.example')).text();

    expect(page).toContain('No demo user has the email ghost@nowhere.example.');
    expect(page).toMatch(/<option\s+value="casey@customer.example"\s+selected\s*>/);
  });

  it('shows the agent a note instead of the portal panel on a request they are not on', async () => {
    const answer = await sandbox.get(portalPath(resolvedRequest), demo.agent);
    const page = await answer.text();

    expect(answer.status).toBe(200);
    expect(page).toContain("You're viewing the customer portal as an agent");
    expect(page).toContain(`<a href="/browse/${resolvedRequest}">Open the agent view</a>`);
    expect(page).not.toContain('<iframe');
  });

  it('shows times in the viewer’s time zone with the zone’s name', async () => {
    const casey = await (await sandbox.get(portalPath(resolvedRequest), demo.customer)).text();
    const morgan = await (
      await sandbox.get('/servicedesk/customer/portal/1', demo.otherCustomer)
    ).text();

    expect(casey).toContain('26 Nov 2026, 12:00 NZDT');
    expect(morgan).toMatch(/\d{1,2} \w{3} 2026, \d{2}:\d{2} AEDT/);
  });

  it('keeps request keys on one line in the home table', async () => {
    const page = await (await sandbox.get('/', demo.customer)).text();

    expect(page).toContain(`<td class="key">${resolvedRequest}</td>`);
  });

  it('titles the admin page once, in the app’s own heading, not again above its frame', async () => {
    const page = await (await sandbox.get('/jira/settings/apps/status-guide', demo.admin)).text();

    expect(sandbox.frameIdsIn(page)).toHaveLength(1);
    expect(page).not.toMatch(/<h2>\s*Status Guide\s*<\/h2>/);
  });

  it('marks an empty activity list so the host script can add a posted comment to it', async () => {
    const page = await (await sandbox.get('/browse/FS-2', demo.agent)).text();

    expect(page).toMatch(/<div data-comment-list data-show-visibility="true">/);
    expect(page).toContain('<p class="muted" data-no-comments>No comments yet.</p>');
  });

  it('never acts as the app’s account, by ?as= or by the session cookie', async () => {
    const appEmail = 'status-guide@connect.atlassian.example';

    const asked = await (await sandbox.get('/', appEmail)).text();
    const cookie = await (
      await fetch(`${sandbox.baseUrl}/`, {
        headers: { Cookie: `sandbox_as=${encodeURIComponent(appEmail)}` },
      })
    ).text();

    expect(asked).toContain(`${appEmail} is the app&#39;s own account; pages cannot act as it.`);
    expect(asked).toMatch(/<option\s+value="casey@customer.example"\s+selected\s*>/);
    expect(cookie).toMatch(/<option\s+value="casey@customer.example"\s+selected\s*>/);
  });
});
