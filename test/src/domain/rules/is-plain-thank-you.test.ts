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
