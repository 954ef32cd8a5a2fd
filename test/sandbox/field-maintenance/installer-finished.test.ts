import { agentKeys } from '../../../src/contracts/agent';
import { onCommentEvent } from '../../../src/index';
import { commentPayload } from '../../adversarial/support';
import { callAgentPanel, dataOf, recordFact, storedState } from '../../support/panel-calls';
import { demo, type Harness, startHarness } from '../../support/sandbox-harness';
import {
  appMoves,
  fieldTransitions,
  moveAs,
  requestAwaitingDispatch,
  saveSettings,
  today,
} from './support';

/** A field-maintenance request the demo installer has booked, with Ian marked as installer. */
const bookedRequest = async (harness: Harness): Promise<string> => {
  await saveSettings(harness, (config) => {
    config.accounts.installers = [harness.accountIdOf(demo.installer)];
    return config;
  });
  const key = await requestAwaitingDispatch(harness);
  await recordFact(harness, key, {
    fact: 'dispatch',
    value: { dispatchedOn: today(), carrierReference: '' },
  });
  await harness.settle();
  await moveAs(harness, key, [fieldTransitions.installerBooked], demo.installer);
  harness.log.clear();
  return key;
};

const comment = (harness: Harness, key: string, email: string, body: string, isPublic = true) =>
  harness.rest(email, 'POST', `/rest/servicedeskapi/request/${key}/comment`, {
    body,
    public: isPublic,
  });

describe('the installer-finished rule', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
  });

  it('resolves the request when the installer comments that the job is complete', async () => {
    const key = await bookedRequest(harness);

    comment(harness, key, demo.installer, 'Job complete: unit fitted behind the dash.');
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Resolved');
    expect(appMoves(harness, key)).toHaveLength(1);
    expect(storedState(harness, key)?.appliedActions?.at(-1)).toMatchObject({
      rule: 'installerFinished',
      summary: 'Moved to Resolved',
      reason: 'The installer reported the job complete in a comment.',
    });
  });

  it.each([
    ['a comment without a completion phrase', demo.installer, 'Booked for Tuesday 9am.', true],
    ['an internal note with the phrase', demo.installer, 'Job complete.', false],
    ['the phrase from an agent who is not an installer', demo.agent, 'Job complete.', true],
  ])('leaves the request booked for %s', async (_case, email, body, isPublic) => {
    const key = await bookedRequest(harness);

    comment(harness, key, email, body, isPublic);
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Installer Booked');
    expect(appMoves(harness, key)).toEqual([]);
  });

  it.each([
    'Job complete on car 3, car 4 still to do.',
    'Job complete except the antenna, need to come back.',
    'Job completed partially, the unit is faulty.',
    'Job complete — NOT. Vehicle wasn’t on site.',
    'Installation complete, camera not yet fitted',
  ])('leaves the request booked when the installer reports part of the job: %p', async (text) => {
    const key = await bookedRequest(harness);

    comment(harness, key, demo.installer, text);
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Installer Booked');
    expect(appMoves(harness, key)).toEqual([]);
  });

  it.each(['JOB COMPLETE.', 'Job complete ✅ unit tested', 'Installation complete, all good'])(
    'resolves the request when the installer reports the whole job done: %p',
    async (text) => {
      const key = await bookedRequest(harness);

      comment(harness, key, demo.installer, text);
      await harness.settle();

      expect(harness.statusOf(key)).toBe('Resolved');
    },
  );

  it('resolves once when the completion comment is delivered twice', async () => {
    const key = await bookedRequest(harness);
    const posted = comment(harness, key, demo.installer, 'Installation complete.');
    await harness.settle();
    const { id } = posted.body as { id: string };

    await onCommentEvent(commentPayload(harness, key, id));
    await harness.settle();

    expect(harness.statusOf(key)).toBe('Resolved');
    expect(appMoves(harness, key)).toHaveLength(1);
  });

  it('resolves the request when an agent records in the panel that the installer finished', async () => {
    const key = await bookedRequest(harness);

    const answer = await callAgentPanel(harness, key, agentKeys.recordInstallerFinished);

    expect(harness.statusOf(key)).toBe('Resolved');
    expect(dataOf(answer).recentActions[0]).toMatchObject({
      summary: 'Moved to Resolved',
      reason: 'An agent recorded that the installer finished the job.',
    });
  });

  it('refuses the panel’s action a second time, as the request is already resolved', async () => {
    const key = await bookedRequest(harness);
    await callAgentPanel(harness, key, agentKeys.recordInstallerFinished);
    await harness.settle();

    const again = await callAgentPanel(harness, key, agentKeys.recordInstallerFinished);

    expect(again).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This request is already resolved.' },
    });
    expect(appMoves(harness, key)).toHaveLength(1);
  });

  it('moves the request on to Resolved when the installer moves it to another done status', async () => {
    const project = harness.site.state.projects[0];
    if (!project) throw new Error('The demo desk is missing.');
    project.workflow.statuses.push({ id: '16', name: 'Job Complete', category: 'done' });
    project.workflow.transitions.push(
      { id: '161', name: 'Report complete', from: ['10'], to: '16' },
      { id: '171', name: 'Close out', from: ['16'], to: '15' },
    );
    const key = await bookedRequest(harness);

    await moveAs(harness, key, ['161'], demo.installer);

    expect(harness.statusOf(key)).toBe('Resolved');
    expect(appMoves(harness, key)).toHaveLength(1);
  });
});
