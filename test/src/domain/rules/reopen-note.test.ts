import { composeReopenNote } from '../../../../src/domain/rules/reopen-note';

describe('composeReopenNote', () => {
  it.each([
    ['Acme Field Services', 'back with Acme Field Services:'],
    ['our team', 'back with our team:'],
  ])('names the desk as the configured company name %j', (companyName, expected) => {
    const note = composeReopenNote({ companyName, notes: {} });

    expect(note).toContain("We've reopened your request");
    expect(note).toContain(expected);
  });
});
