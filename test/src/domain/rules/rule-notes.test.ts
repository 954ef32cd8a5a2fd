import {
  composeAfterWindowNote,
  composeThankYouNote,
} from '../../../../src/domain/rules/rule-notes';

describe('the rules’ notes', () => {
  it('invites a customer who wrote after the window to raise a new request, with the portal link', () => {
    expect(
      composeAfterWindowNote(
        { companyName: 'Acme Telematics' },
        7,
        'https://acme.example/servicedesk/customer/portal/1',
      ),
    ).toBe(
      'Thanks for your message. This request was closed more than 7 days ago, so it stays closed. ' +
        'If something still needs Acme Telematics, please raise a new request: ' +
        'https://acme.example/servicedesk/customer/portal/1',
    );
  });

  it('says one day, not one days', () => {
    expect(composeAfterWindowNote({ companyName: 'Acme' }, 1, 'https://x')).toContain(
      'more than 1 day ago',
    );
  });

  it('tells the team the customer only said thanks', () => {
    expect(composeThankYouNote()).toBe(
      'The customer thanked the team on this resolved request; it stays resolved. ' +
        'Nothing more is needed unless you want to reply.',
    );
  });
});
