import { restoreClock, setClock } from '../../support/fixed-clock';
import { agentOverview } from '../../support/panel-calls';
import { demo } from '../../support/sandbox-harness';
import { basicAuth, startWebSandbox, type WebSandbox } from './web-sandbox';

describe('time travel in the sandbox', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    setClock('2026-12-02T01:00:00Z');
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
    restoreClock();
  });

  const post = (path: string, fields: Record<string, string>, as?: string) =>
    sandbox.submitForm(path, fields, as);

  it('sets the time from a wall-clock time in the acting user’s zone, and every page shows it', async () => {
    const answer = await post('/sandbox/clock', { action: 'set', at: '2026-12-04T16:30' });

    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/sandbox/time');
    // Alex works in Auckland: 16:30 NZDT on Friday is 03:30 UTC.
    expect(await sandbox.now()).toMatch(/^2026-12-04T03:3/);
    const home = await (await sandbox.get('/', demo.agent)).text();
    expect(home).toContain('Sandbox time (shifted): 4 Dec 2026, 16:3');
  });

  it('shifts the time by the quick buttons and goes back to real time', async () => {
    await post('/sandbox/clock', { shiftMinutes: '1440' });
    expect(await sandbox.now()).toMatch(/^2026-12-03T01:0/);

    await post('/sandbox/clock', { action: 'reset' });
    const now = Date.parse(await sandbox.now());
    expect(Math.abs(now - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a time that is not one, says how to write it, and keeps the clock', async () => {
    const answer = await post('/sandbox/clock', { action: 'set', at: '2026-02-30T10:00' });

    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('Enter a date and time such as 2026-12-24T16:30');
    expect(await sandbox.now()).toMatch(/^2026-12-02T01:0/);
  });

  it('raises a demo request at a chosen time whose acknowledgement counts from then', async () => {
    // Friday 4 December, 16:30 in Auckland: half an hour of business time is left that day.
    await post('/sandbox/clock', { action: 'set', at: '2026-12-07T12:00' });
    const answer = await post('/sandbox/requests', {
      requestTypeId: '10',
      reporter: demo.customer,
      summary: 'Unit in van 7 beeps',
      description: 'Since this morning.',
      createdAt: '2026-12-04T16:30',
    });

    expect(answer.status).toBe(303);
    const key = (answer.headers.get('location') ?? '').replace('/browse/', '');
    const issue = sandbox.harness.site.requireIssue(key);
    expect(issue.created).toBe('2026-12-04T03:30:00.000+0000');

    const overview = await agentOverview(sandbox.harness, key);
    const acknowledgement = overview.clocks.find((clock) => clock.kind === 'acknowledgement');
    // Eight business hours from Friday 16:30 end on Monday at 16:00 in Auckland (03:00 UTC).
    expect(acknowledgement).toMatchObject({ dueAt: '2026-12-07T03:00:00.000Z', state: 'running' });
  });

  it('refuses a demo request raised after the sandbox’s current time and keeps what was typed', async () => {
    const answer = await post('/sandbox/requests', {
      requestTypeId: '11',
      reporter: demo.customer,
      summary: 'Order ten units',
      description: 'For the new vans.',
      createdAt: '2027-01-10T09:00',
    });
    const page = await answer.text();

    expect(answer.status).toBe(400);
    expect(page).toContain('cannot be raised after the sandbox’s current time');
    expect(page).toContain('value="Order ten units"');
    expect(page).toContain('For the new vans.');
    expect(sandbox.harness.site.state.issues.map((issue) => issue.summary)).not.toContain(
      'Order ten units',
    );
  });

  it('lets a customer raise a request through JSM’s REST API, and refuses one without summary', async () => {
    const created = await sandbox.post(
      '/rest/servicedeskapi/request',
      { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: 'Beeping unit' } },
      basicAuth(demo.customer),
    );
    const body = (await created.json()) as { issueKey: string; currentStatus: { status: string } };

    expect(created.status).toBe(201);
    expect(body.currentStatus.status).toBe('In Review');
    expect(sandbox.harness.site.requireIssue(body.issueKey).reporterId).toBe(
      sandbox.harness.accountIdOf(demo.customer),
    );

    const refused = await sandbox.post(
      '/rest/servicedeskapi/request',
      { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: '  ' } },
      basicAuth(demo.customer),
    );
    expect(refused.status).toBe(400);
  });

  it('lets only agents raise a request on behalf of a customer', async () => {
    const request = {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'For Morgan' },
      raiseOnBehalfOf: demo.otherCustomer,
    };
    const byCustomer = await sandbox.post(
      '/rest/servicedeskapi/request',
      request,
      basicAuth(demo.customer),
    );
    const byAgent = await sandbox.post(
      '/rest/servicedeskapi/request',
      request,
      basicAuth(demo.agent),
    );

    expect(byCustomer.status).toBe(403);
    expect(byAgent.status).toBe(201);
    const { issueKey } = (await byAgent.json()) as { issueKey: string };
    expect(sandbox.harness.site.requireIssue(issueKey).reporterId).toBe(
      sandbox.harness.accountIdOf(demo.otherCustomer),
    );
  });
});
