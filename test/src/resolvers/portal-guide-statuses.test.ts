import { callPortalPanel, portalGuide, recordFact } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

const siteConfig = (extra: Record<string, unknown> = {}) => ({
  version: 1,
  companyName: 'Tui Fleet',
  preset: 'field-service',
  statusMapping: {},
  rules: { reopen: { enabled: true, targetStatus: 'In Review' } },
  accounts: { customerProxies: [], integrations: [], installers: [] },
  ...extra,
});

describe('what the portal panel’s resolver tells the customer in each status', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    harness.site.state.appStorage['config:site'] = siteConfig();
  });

  it.each([
    ['FS-2', 'In Review', 'in the queue for our support team', 'Our support team'],
    ['FS-3', 'In Progress', 'support coordinator is working on', 'Your support coordinator'],
    ['FS-4', 'Waiting for Customer', 'need something from you', 'You'],
    ['FS-5', 'Awaiting Purchase Order', 'need your purchase order number', 'You'],
    [
      'FS-6',
      'Escalated to Software Engineering',
      'our software engineers are involved',
      'Your support coordinator and our software engineers',
    ],
    [
      'FS-7',
      'Escalated to Hardware Support',
      'our hardware specialists are involved',
      'Your support coordinator, our hardware specialists and our Technical Services team',
    ],
    ['FS-8', 'Awaiting Dispatch', 'with our logistics team to be sent out', 'Our logistics team'],
    ['FS-9', 'Awaiting Stock', "isn't in stock yet", 'Our supplier, then our logistics team'],
    ['FS-10', 'Assigned to Installer', 'will be in touch to arrange it', 'The installer'],
    ['FS-11', 'Installer Booked', 'has booked your job', 'The installer'],
    ['FS-12', 'Unable to Book Installer', "couldn't book your job", 'You and the installer'],
    ['FS-13', 'Awaiting Service Information', 'waiting for information', 'Tui Fleet'],
    [
      'FS-14',
      'Escalated to Technical Services',
      'Technical Services team is involved',
      'Your support coordinator and our Technical Services team',
    ],
    ['FS-15', 'On Hold', 'paused for now', 'Tui Fleet'],
    ['FS-1', 'Resolved', 'believe this is sorted', 'You'],
  ])('%s, %s: says %p and who acts next is %p', async (key, status, headline, actsNext) => {
    const { explanation } = await portalGuide(harness, key);

    expect(explanation.statusName).toBe(status);
    expect(explanation.headline).toContain(headline);
    expect(explanation.actsNextLabel).toBe(actsNext);
    expect(JSON.stringify(explanation)).not.toContain('{company}');
  });

  it.each([
    ['FS-4', /notification settings/],
    ['FS-11', /Heard nothing from the installer for a week\? Give them a ring/],
    ['FS-15', /Ask in a comment/],
  ])('gives %s the tip %p', async (key, tip) => {
    const { explanation } = await portalGuide(harness, key);

    expect(explanation.tips.join(' ')).toMatch(tip);
  });

  it('invites feedback and says a comment reopens a resolved request', async () => {
    const { explanation } = await portalGuide(harness, 'FS-1');

    expect(explanation.customerCanDo.join(' ')).toMatch(/Tell us how we did.*Tui Fleet/);
    expect(explanation.customerCanDo.join(' ')).toMatch(/comment.*reopen/i);
  });

  it.each([
    ['In Progress', 'Triage by robots', /being worked on/, 'Our team'],
    ['In Review', 'Parked in the inbox', /received your request/, 'Our team'],
    ['Resolved', 'Archived', /finished/, 'Nobody: it is finished'],
  ])(
    'explains %s renamed to the unmapped %p neutrally from its category',
    async (preset, renamed, headline, actsNext) => {
      const status = harness.site.state.projects[0]?.workflow.statuses.find(
        (candidate) => candidate.name === preset,
      );
      if (status === undefined) throw new Error(`No ${preset} status in the demo workflow`);
      status.name = renamed;
      const key = { 'In Progress': 'FS-3', 'In Review': 'FS-2', Resolved: 'FS-1' }[preset] ?? '';

      const { explanation } = await portalGuide(harness, key);

      expect(explanation).toMatchObject({ statusName: renamed, entryId: null, promise: null });
      expect(explanation.headline).toMatch(headline);
      expect(explanation.actsNextLabel).toBe(actsNext);
    },
  );

  it('reads the request type’s own wording over the wording for all request types', async () => {
    harness.site.state.appStorage['config:site'] = siteConfig({
      wording: {
        entries: { 'in-progress': { headline: '{company} is on it.' } },
        requestTypes: { '10': { 'in-progress': { tips: ['Faults: keep the vehicle parked.'] } } },
      },
    });

    const fault = (await portalGuide(harness, 'FS-3')).explanation;
    harness.site.requireIssue('FS-3').requestTypeId = '11';
    const order = (await portalGuide(harness, 'FS-3')).explanation;

    expect(fault.headline).toBe('Tui Fleet is on it.');
    expect(fault.tips).toEqual(['Faults: keep the vehicle parked.']);
    expect(order.headline).toBe('Tui Fleet is on it.');
    expect(order.tips).toEqual([]);
  });

  it('lets a request type’s headline win over the one for all types', async () => {
    harness.site.state.appStorage['config:site'] = siteConfig({
      wording: {
        entries: { 'in-review': { headline: 'Queued for everyone.' } },
        requestTypes: { '10': { 'in-review': { headline: 'Your fault is queued.' } } },
      },
    });

    const { explanation } = await portalGuide(harness, 'FS-2');

    expect(explanation.headline).toBe('Your fault is queued.');
  });

  it('says the hardware has been sent out once the team recorded its dispatch', async () => {
    await recordFact(harness, 'FS-8', {
      fact: 'dispatch',
      value: { dispatchedOn: '2026-12-01', carrierReference: 'NZP-123' },
    });

    const guide = await portalGuide(harness, 'FS-8');

    expect(guide.explanation.headline).toBe('Your hardware has been sent out.');
    expect(guide.explanation.headline).not.toMatch(/to be sent/);
    expect(guide.facts).toEqual({ dispatchedOn: '2026-12-01', carrierReference: 'NZP-123' });
  });

  it('tells a customer who is not on the request nothing about it', async () => {
    const answer = await callPortalPanel(harness, 'FS-8', demo.otherCustomer);

    expect(answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: "We couldn't find this request for you." },
    });
  });

  const roadOf = async (key: string) =>
    (await portalGuide(harness, key)).roadAhead
      .map((step) => (step.isCurrent ? `[${step.statusName}]` : step.statusName))
      .join(' > ');

  it.each([
    ['FS-2', 'a fault', '[In Review] > In Progress > Resolved'],
    ['FS-4', 'a fault waiting on the customer', '[Waiting for Customer] > In Progress > Resolved'],
    ['FS-9', 'an order', '[Awaiting Stock] > Awaiting Dispatch > Resolved'],
    ['FS-10', 'field maintenance', '[Assigned to Installer] > Installer Booked > Resolved'],
    ['FS-1', 'a resolved request', '[Resolved]'],
  ])('shows %s, %s, its road ahead from the workflow: %s', async (key, _kind, road) => {
    expect(await roadOf(key)).toBe(road);
  });

  it('follows the workflow, not a fixed list, when the admin’s desk moves differently', async () => {
    const workflow = harness.site.state.projects[0]?.workflow;
    if (workflow === undefined) throw new Error('The demo site has no workflow');
    // This desk can only resolve an order from Awaiting Stock, never dispatch it.
    workflow.transitions = workflow.transitions.map((transition) =>
      transition.id === '61' ? { ...transition, from: ['2', '4'] } : transition,
    );

    expect(await roadOf('FS-9')).toBe('[Awaiting Stock] > Resolved');
  });

  it('reads the request with at most 3 REST calls per load', async () => {
    harness.log.clear();

    await portalGuide(harness, 'FS-10');

    const calls = harness.log.ofType('rest').filter((entry) => entry.source === 'app');
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'GET /rest/servicedeskapi/request/FS-10',
      'GET /rest/api/3/issue/FS-10',
    ]);
  });
});
