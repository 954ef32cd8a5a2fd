import type { ProjectConfig } from '../../src/contracts/project';
import { configForPreset } from '../../src/domain/config/preset-defaults';
import { restoreClock, setClock } from '../support/fixed-clock';
import { agentOverview, portalGuide } from '../support/panel-calls';
import { projectSettings, saveProjectSettings } from '../support/project-settings-calls';
import { demo, type Harness, startHarness } from '../support/sandbox-harness';

const comment = (harness: Harness, key: string, body: string) =>
  harness.rest(demo.customer, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
    body,
    public: true,
  });

/** What the demo admin sets for the IT help desk, whose statuses carry names of their own. */
const mappedItDesk = (): ProjectConfig => {
  const config = configForPreset('it-service-desk');
  config.companyName = 'Tui Fleet IT';
  config.statusMapping = {
    Triage: 'waiting-for-support',
    'Awaiting your reply': 'it-waiting-for-customer',
    'Working on it': 'it-in-progress',
  };
  config.rules.reopen.targetStatus = 'Triage';
  config.rules.handBack.targetStatus = 'Working on it';
  return config;
};

describe('an admin fitting the app to a desk whose statuses have other names', () => {
  let harness: Harness;

  beforeEach(async () => {
    setClock('2026-12-01T21:30:00Z');
    harness = await startHarness();
  });

  afterEach(() => {
    restoreClock();
  });

  it('maps the statuses, and the customer and agent panels then explain them', async () => {
    const before = await portalGuide(harness, 'IT-2');

    await saveProjectSettings(harness, 'IT', mappedItDesk());
    const after = await portalGuide(harness, 'IT-2');
    const waiting = await portalGuide(harness, 'IT-3');
    const agent = await agentOverview(harness, 'IT-2');

    expect(before.explanation.entryId).toBeNull();
    expect(after.explanation).toMatchObject({
      entryId: 'waiting-for-support',
      headline: 'Your request has reached the IT team.',
    });
    expect(waiting.explanation).toMatchObject({
      entryId: 'it-waiting-for-customer',
      waitsOnCustomer: true,
    });
    expect(agent.warnings).not.toContain('STATUS_NOT_MAPPED');
    expect(agent.customerView.headline).toBe('Your request has reached the IT team.');
  });

  it('rewords an entry for every request type and for one, as customers and agents then read it', async () => {
    const config = mappedItDesk();
    config.wording.entries['waiting-for-support'] = { headline: '{company} has your request.' };
    config.wording.requestTypes['21'] = {
      'waiting-for-support': { headline: 'Your software request is with {company}.' },
    };

    await saveProjectSettings(harness, 'IT', config);
    const itHelp = await portalGuide(harness, 'IT-2');
    const agent = await agentOverview(harness, 'IT-2');

    expect(itHelp.explanation.headline).toBe('Your software request is with Tui Fleet IT.');
    expect(agent.customerView.headline).toBe('Your software request is with Tui Fleet IT.');

    delete config.wording.requestTypes['21'];
    await saveProjectSettings(harness, 'IT', config);

    expect((await portalGuide(harness, 'IT-2')).explanation.headline).toBe(
      'Tui Fleet IT has your request.',
    );
  });

  it('adds a holiday, and the acknowledgement promise moves past it', async () => {
    const config = mappedItDesk();
    await saveProjectSettings(harness, 'IT', config);
    const before = await portalGuide(harness, 'IT-2');

    config.calendar = {
      ...(config.calendar ?? configForPreset('it-service-desk').calendar!),
      extraDaysOff: ['2026-12-02'],
    };
    await saveProjectSettings(harness, 'IT', config);
    const after = await portalGuide(harness, 'IT-2');

    // Raised Tuesday 21:00 UTC, out of hours: 8 hours of Wednesday, or of Thursday once it is off.
    expect(before.promiseDue).toEqual({ dueAt: '2026-12-02T17:00:00.000Z', isOnTrack: true });
    expect(after.promiseDue).toEqual({ dueAt: '2026-12-03T17:00:00.000Z', isOnTrack: true });
    const view = await projectSettings(harness, 'IT');
    expect(view.config.calendar?.extraDaysOff).toEqual(['2026-12-02']);
  });

  it('switches the reopen rule off, and a customer comment no longer reopens', async () => {
    const config = mappedItDesk();
    await saveProjectSettings(harness, 'IT', config);
    comment(harness, 'IT-1', 'The wifi dropped again.');
    await harness.settle();
    expect(harness.statusOf('IT-1')).toBe('Triage');
    harness.rest(demo.agent, 'POST', '/rest/api/3/issue/IT-1/transitions', {
      transition: { id: '251' },
    });
    await harness.settle();

    config.rules.reopen.enabled = false;
    await saveProjectSettings(harness, 'IT', config);
    comment(harness, 'IT-1', 'And again this morning.');
    await harness.settle();

    expect(harness.statusOf('IT-1')).toBe('Done');
    expect((await portalGuide(harness, 'IT-1')).explanation.customerCanDo).toContain(
      "Still not right? Add a comment and we'll take another look.",
    );
  });

  it('keeps the field-service desk on its own settings while the IT desk changes', async () => {
    await saveProjectSettings(harness, 'IT', mappedItDesk());

    const fieldService = await portalGuide(harness, 'FS-2');

    expect(fieldService.explanation.entryId).toBe('in-review');
    expect(fieldService.companyName).toBe('our team');
  });
});
