import { stripSignOff } from '../../../../src/domain/comment-text/strip-sign-off';

describe('stripSignOff', () => {
  it.each([
    ['Thanks!\n\nKind regards,\nCasey Customer', 'Thanks!\n\nKind regards,'],
    ['Cheers,\nCasey\nFleet Manager | Acme Ltd\n021 555 0192', 'Cheers,'],
    ['Thanks. Sent from my iPhone', 'Thanks.'],
    ['All good\n\nGet Outlook for Android', 'All good'],
    ['Sorted\n-- \nCasey Customer\nAcme', 'Sorted'],
    ['Regards,\nthe unit broke again', 'Regards,\nthe unit broke again'],
    ['It broke again.', 'It broke again.'],
  ])('takes the sign-off from %p, leaving %p', (text, rest) => {
    expect(stripSignOff(text)).toBe(rest);
  });
});
