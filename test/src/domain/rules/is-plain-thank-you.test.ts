import { foldWords, isPlainThankYou } from '../../../../src/domain/rules/is-plain-thank-you';
import { defaultRules } from '../../../../src/domain/rules/rules-settings-schema';

const phrases = defaultRules.reopen.thankYouPhrases;

describe('isPlainThankYou', () => {
  it.each([
    'thanks',
    'Thanks!!',
    'THANK YOU',
    'thank you so much 😊',
    'Works now — thanks!',
    'it works now, thank you very much',
    'Sorted, cheers mate',
    'Hi team, all good now. Thanks heaps!',
    'Perfect. Kind regards',
    'thank’s',
    'Thanks!\n\nKind regards,\nCasey Customer',
    'Thanks heaps\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n> Your request was resolved',
    'All good now\n> Is there anything else?\n> Kind regards, Support',
    'Thanks. Sent from my iPhone',
    'Cheers,\nCasey\nFleet Manager | Acme Ltd\n021 555 0192',
    '👍',
    '🙏',
    '👍🏽 🙏',
    'thx',
    'ty!',
    'Ta mate',
    'Much appreciated',
    'Cheers, legend',
    'Awesome, thanks',
    'Great stuff, thank you!',
    'Merci beaucoup, ça marche !',
    'Danke schön',
    'Danke scho\u0308n',
    'Gracias',
    'Kia ora, ka pai',
    'Ngā mihi',
    'Thanks!\nCheers,\nCasey\nM: 021 555 1234',
    'Merci beaucoup !\n\nLe mer. 2 déc. 2026 à 10:14, Alex <alex@servicedesk.example> a écrit :\n> Résolu',
    'Vielen Dank!\n\nAm Mi., 2. Dez. 2026 um 10:14 Uhr schrieb Alex <alex@servicedesk.example>:\n> ok',
    'Muchas gracias\n\nEl mié, 2 dic 2026 a las 10:14, Alex (<alex@servicedesk.example>) escribió:\n> ok',
    'Merci\n\nDe : Alex <alex@servicedesk.example>\nEnvoyé : mercredi 2 décembre 2026\n\nRésolu',
    'Merci, ça marche !\nCordialement,\nCasey Client',
    'Danke schön\nViele Grüße\nCasey Kunde',
    'Gracias\nUn saludo,\nCasey',
    'Ka pai\nNāku noa, nā\nCasey',
  ])('takes %p as a plain thank-you', (text) => {
    expect(isPlainThankYou(text, phrases)).toBe(true);
  });

  it.each([
    'thanks, but it broke again',
    'Thanks. The unit in van 3 is offline too.',
    'not sorted yet, thanks',
    'not sorted, thanks',
    'Thanks! Is the invoice coming?',
    'Thanks!\n\nKind regards,\nCasey Customer\nPS the second van is offline',
    '> Resolved, thanks\nIt broke again',
    'Ta, but the unit in van 3 is still off',
    'Merci, mais ça ne marche pas',
    'Danke, aber es geht nicht',
    'Kia ora, the tracker is offline again',
    'Thanks. Sent from my iPhone. Can you call me?',
    '😡',
    '👍 but the rego is wrong',
    'still not working, thanks',
    'thanks?',
    'works now?',
    'Great',
    '',
    '   ',
    `thanks ${'and more '.repeat(30)}`,
    'Thanks!\nCheers,\nCasey\nIt died again this morning, call 021 555 1234',
    'Thanks team\nKind regards,\nCasey Customer\nStill offline - email fleet@customer.example',
    'Thanks\nRegards,\nCasey\nUNIT OFFLINE AGAIN',
    'Merci\nCordialement,\nCasey\nTOUJOURS EN PANNE',
    'Danke\nViele Grüße\nCasey\nGerät kaputt',
    'Thanks, it is not working',
    'Thanks. Stopped again.',
    'ça marche pas, merci',
    'Danke, geht immer noch nicht',
    'Gracias, pero sigue sin funcionar',
    'Thanks… NOT',
    'no thanks',
    'thanks for nothing',
    'Works now for an hour, then nothing',
    'thank you\u200B but the unit is dead',
  ])('takes %p as more than thanks', (text) => {
    expect(isPlainThankYou(text, phrases)).toBe(false);
  });

  it('matches a phrase only as whole words', () => {
    expect(isPlainThankYou('thanksgiving plans', phrases)).toBe(false);
  });

  it('finds nothing when the admin left no phrases', () => {
    expect(isPlainThankYou('thanks', [])).toBe(false);
  });
});

describe('foldWords', () => {
  it('drops case, punctuation and emoji', () => {
    expect(foldWords('  Works   NOW!! 🙏 ')).toBe('works now');
  });
});
