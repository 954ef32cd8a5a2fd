// What a customer's comment says decides the comment rules, end to end: an automatic reply in
// any of the desk's languages never acts, a person's message always does, and a thank-you stays
// a thank-you only when nothing else was written under or around it.
import { appTransitions, postComment } from '../adversarial/support';
import { appComments, enteredAt, useSettings } from '../support/comment-rules';
import { restoreClock, setClock } from '../support/fixed-clock';
import { demo, type Harness, resolvedRequest, startHarness } from '../support/sandbox-harness';

const dayMs = 86_400_000;
const waitingRequest = 'FS-4';
const thankYouNote =
  'The customer thanked the team on this resolved request; it stays resolved. ' +
  'Nothing more is needed unless you want to reply.';

/** Writes an email reply as JSM's email channel does: as the customer who sent it. */
const emailReply = (harness: Harness, issueKey: string, text: string) =>
  harness.site.addComment(issueKey, harness.accountIdOf(demo.customer), text, true);

describe('a comment that mentions leave or comes from a mail system', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  afterEach(async () => {
    await harness.settle();
    restoreClock();
  });

  it.each([
    'I am on leave from Friday, so please fix it before then: the tracker in van 12 stopped again.',
    "I'm currently on leave but my driver says the unit is offline again. Please call Sam.",
    'The unit is dead again. I am out of the office tomorrow, call my mobile instead.',
    'Je suis en congé mais le boîtier ne marche plus.',
  ])('reopens a resolved request on a person’s comment that mentions leave: %p', async (text) => {
    postComment(harness, demo.customer, resolvedRequest, text);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
    expect(appTransitions(harness, resolvedRequest)).toHaveLength(1);
  });

  it('hands a waiting request back on the customer’s reply that mentions their leave', async () => {
    postComment(
      harness,
      demo.customer,
      waitingRequest,
      'The rego is KLM482. I am on leave next week so please call Sam on the depot line.',
    );
    await harness.settle();

    expect(harness.statusOf(waitingRequest)).toBe('In Progress');
  });

  it.each([
    'Réponse automatique : Je suis absent du bureau jusqu’au 14 décembre.',
    'Automatische Antwort: Ich bin bis zum 14. Dezember nicht im Büro.',
    'Abwesenheitsnotiz: Ich bin bis 14.12. nicht erreichbar.',
    'Respuesta automática: Estoy fuera de la oficina hasta el 14 de diciembre.',
    'Bonjour,\nJe suis actuellement en congés jusqu’au 4 janvier. Je répondrai à mon retour.',
  ])(
    'leaves a resolved request resolved, with no note, on the automatic reply %p',
    async (text) => {
      emailReply(harness, resolvedRequest, text);
      await harness.settle();

      expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
      expect(appTransitions(harness, resolvedRequest)).toEqual([]);
      expect(appComments(harness, resolvedRequest)).toEqual([]);
    },
  );

  it('keeps a waiting request waiting on a German automatic reply', async () => {
    emailReply(harness, waitingRequest, 'Automatische Antwort: Ich bin bis 5. Januar im Urlaub.');
    await harness.settle();

    expect(harness.statusOf(waitingRequest)).toBe('Waiting for Customer');
    expect(appTransitions(harness, waitingRequest)).toEqual([]);
  });
});

describe('a thank-you with a sign-off or quoted history, with "a plain thank-you does not reopen" on', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
    await useSettings({ reopen: { thankYouKeepsResolved: true } });
    setClock(new Date(enteredAt(harness, resolvedRequest, 'Resolved') + dayMs).toISOString());
  });

  afterEach(async () => {
    await harness.settle();
    restoreClock();
  });

  it.each([
    'Thanks!\nCheers,\nCasey\nIt died again this morning, call 021 555 1234',
    'Thanks team\nKind regards,\nCasey Customer\nStill offline - email fleet@customer.example',
    'Thanks\nRegards,\nCasey\nUNIT OFFLINE AGAIN',
    'Merci\nCordialement,\nCasey\nTOUJOURS EN PANNE',
  ])('reopens when a new fault is written under the sign-off: %p', async (text) => {
    emailReply(harness, resolvedRequest, text);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('In Review');
  });

  it.each([
    'Merci beaucoup !\n\nLe mer. 2 déc. 2026 à 10:00, Status Guide <jira@example.com> a écrit :\n> Your request is resolved.',
    'Vielen Dank!\n\nAm Mi., 2. Dez. 2026 um 10:00 Uhr schrieb Status Guide <jira@example.com>:\n> Your request is resolved.',
    'Muchas gracias\n\nEl mié, 2 dic 2026 a las 10:00, Status Guide (<jira@example.com>) escribió:\n> Your request is resolved.',
    'Merci !\n\nDe : Status Guide <jira@example.com>\nEnvoyé : mercredi 2 décembre 2026 10:00\nÀ : Casey\n\nYour request is resolved.',
    'Thanks!\nCheers,\nCasey\nM: 021 555 1234',
    'Danke schön\nViele Grüße\nCasey Kunde',
  ])('stays resolved with one internal note on the thank-you %p', async (text) => {
    emailReply(harness, resolvedRequest, text);
    await harness.settle();

    expect(harness.statusOf(resolvedRequest)).toBe('Resolved');
    expect(appComments(harness, resolvedRequest)).toEqual([
      { body: thankYouNote, isPublic: false },
    ]);
  });
});
