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
  ])('takes "%s" as a plain thank-you', (text) => {
    expect(isPlainThankYou(text, phrases)).toBe(true);
  });

  it.each([
    'thanks, but it broke again',
    'Thanks. The unit in van 3 is offline too.',
    'not sorted yet, thanks',
    'still not working, thanks',
    'thanks?',
    'works now?',
    'Great',
    '👍',
    '',
    `thanks ${'and more '.repeat(30)}`,
  ])('takes "%s" as more than thanks', (text) => {
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
