import { composeReopenNote } from '../../../../src/domain/rules/reopen-note';
import {
  composeAfterWindowNote,
  composeThankYouNote,
} from '../../../../src/domain/rules/rule-notes';

describe('the rules’ notes', () => {
  it('invites a customer who wrote after the window to raise a new request, with the portal link', () => {
    expect(
      composeAfterWindowNote(
        { companyName: 'Acme Telematics', notes: {} },
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
    expect(composeAfterWindowNote({ companyName: 'Acme', notes: {} }, 1, 'https://x')).toContain(
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

describe('the rules’ notes in the admin’s wording', () => {
  const french = {
    companyName: 'Kea Flotte',
    notes: {
      reopen: 'Merci ! Votre demande est rouverte : {company} vous répond ici.',
      afterWindow:
        'Cette demande est close depuis plus de {days} jours. Pour {company}, ouvrez-en une ' +
        'nouvelle : {portal}',
    },
  };

  it('reopens with the admin’s words and the company filled', () => {
    expect(composeReopenNote(french)).toBe(
      'Merci ! Votre demande est rouverte : Kea Flotte vous répond ici.',
    );
  });

  it('fills the window’s days and the portal link into the admin’s after-window note', () => {
    expect(composeAfterWindowNote(french, 1, 'https://kea.example/portal/1')).toBe(
      'Cette demande est close depuis plus de 1 jours. Pour Kea Flotte, ouvrez-en une ' +
        'nouvelle : https://kea.example/portal/1',
    );
  });
});
