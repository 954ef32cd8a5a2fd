// The notes the app posts in the conversation, in the admin's own (here French) wording.
import { projectKeys } from '../../src/contracts/project';
import { appTransitions, postComment } from '../adversarial/support';
import { appComments, appRestCalls, enteredAt, useSettings } from '../support/comment-rules';
import { restoreClock, setClock } from '../support/fixed-clock';
import { callProjectSettings, projectSettings } from '../support/project-settings-calls';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const dayMs = 86_400_000;

const frenchNotes = {
  reopen: 'Merci de nous avoir prévenus. Votre demande est rouverte et {company} vous répond ici.',
  afterWindow:
    'Merci pour votre message. Cette demande est close depuis plus de {days} jours et le reste. ' +
    'Si {company} peut encore vous aider, ouvrez une nouvelle demande : {portal}',
};

interface TransitionBody {
  update?: { comment?: { add: { body: unknown } }[] };
}

/** The documents the app sent as notes with its moves, in order. */
const notesWithMoves = (harness: Harness) =>
  appRestCalls(harness)
    .filter((call) => call.method === 'POST' && call.path.endsWith('/transitions'))
    .flatMap((call) => (call.requestBody as TransitionBody).update?.comment ?? [])
    .map((comment) => comment.add.body);

describe('the notes in the admin’s wording', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
    restoreClock();
  });

  it('reopens a resolved request with the French reopen note, at the same three calls', async () => {
    await useSettings({ companyName: 'Kea Flotte', notes: frenchNotes });

    postComment(harness, demo.customer, resolvedRequest, 'Le boîtier ne répond plus.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appComments(harness, resolvedRequest)).toEqual([
      {
        body: 'Merci de nous avoir prévenus. Votre demande est rouverte et Kea Flotte vous répond ici.',
        isPublic: true,
      },
    ]);
    expect(appRestCalls(harness)).toHaveLength(3);
  });

  it('answers a comment after the window with the French note and the portal’s link', async () => {
    await useSettings({ companyName: 'Kea Flotte', reopen: { windowDays: 7 }, notes: frenchNotes });
    setClock(new Date(enteredAt(harness, resolvedRequest, 'Resolved') + 8 * dayMs).toISOString());

    postComment(harness, demo.customer, resolvedRequest, 'Toujours hors ligne.');
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appTransitions(harness, resolvedRequest)).toEqual([]);
    expect(appComments(harness, resolvedRequest)).toEqual([
      {
        body:
          'Merci pour votre message. Cette demande est close depuis plus de 7 jours et le reste. ' +
          'Si Kea Flotte peut encore vous aider, ouvrez une nouvelle demande : ' +
          'http://localhost:8080/servicedesk/customer/portal/1',
        isPublic: true,
      },
    ]);
  });

  it('posts markup in the wording as the characters typed, never as formatting', async () => {
    const markup = '<b>Rouverte</b> par *{company}* [ici](javascript:alert(1))';
    await useSettings({ companyName: 'Kea', notes: { reopen: markup } });

    postComment(harness, demo.customer, resolvedRequest, 'Encore en panne.');
    await harness.settle();

    expect(notesWithMoves(harness)).toEqual([
      {
        type: 'doc',
        version: 1,
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '<b>Rouverte</b> par *Kea* [ici](javascript:alert(1))' },
            ],
          },
        ],
      },
    ]);
  });

  it('refuses to save a note with a placeholder it does not know, naming it, and keeps the stored settings', async () => {
    const view = await projectSettings(harness, 'FS');
    const stored = JSON.stringify(harness.site.state.appStorage);

    const answer = await callProjectSettings(harness, 'FS', projectKeys.saveSettings, {
      config: { ...view.config, notes: { ...frenchNotes, reopen: 'Rouverte, voir {ticket}.' } },
    });

    expect(answer).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'INVALID_INPUT',
        fields: { 'notes.reopen': 'The reopen note does not know {ticket}; it can use {company}.' },
      }),
    });
    expect(JSON.stringify(harness.site.state.appStorage)).toBe(stored);
  });
});
