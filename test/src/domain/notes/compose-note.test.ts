import { composeNote, wordingOf } from '../../../../src/domain/notes/compose-note';
import { fillPlaceholders, findPlaceholders } from '../../../../src/domain/notes/find-placeholders';
import { noteDefinitions, noteIds } from '../../../../src/domain/notes/note-wording';
import { noteWordingSchema } from '../../../../src/domain/notes/note-wording-schema';

describe('composeNote', () => {
  it('uses the built-in wording while the admin has set none', () => {
    expect(composeNote({}, 'reopen', { company: 'Kea Fleet' })).toBe(
      "Thanks for letting us know. We've reopened your request and it's back with Kea Fleet: " +
        'someone will pick it up and reply to you here.',
    );
  });

  it('fills the admin’s wording, capitalising the company at the start of a sentence', () => {
    expect(
      composeNote({ reopen: '{company} a rouvert votre demande. Merci, {company}.' }, 'reopen', {
        company: 'kea fleet',
      }),
    ).toBe('Kea fleet a rouvert votre demande. Merci, kea fleet.');
  });

  it('fills each placeholder once, never a placeholder a value brings in', () => {
    expect(fillPlaceholders('{item}: {value}', { item: 'PO', value: '{item} $& $1' })).toBe(
      'PO: {item} $& $1',
    );
  });

  it('treats a brace that opens no name as text', () => {
    expect(findPlaceholders('A { and a } and { } and a lone { and {portal}')).toEqual(['portal']);
  });

  it('forgives spaces inside the braces, so the customer never reads a placeholder', () => {
    expect(findPlaceholders('Reopened: { company } will reply.')).toEqual(['company']);
    expect(fillPlaceholders('Reopened: { company } will reply.', { company: 'Acme' })).toBe(
      'Reopened: Acme will reply.',
    );
  });

  it.each(noteIds)('accepts the built-in wording of %s as an override', (id) => {
    expect(noteWordingSchema.safeParse({ [id]: noteDefinitions[id].builtIn }).success).toBe(true);
  });

  it('reads the admin’s wording over the built-in one', () => {
    expect(wordingOf({ askClosing: 'Répondez ici.' }, 'askClosing')).toBe('Répondez ici.');
  });
});
