import { defaultConfig } from '../../../../src/domain/config/defaults';
import { checkConfig } from '../../../../src/domain/config/schema';

const withNotes = (notes: Record<string, unknown>) => checkConfig({ ...defaultConfig, notes });

const problemsOf = (notes: Record<string, unknown>) => {
  const checked = withNotes(notes);
  return checked.ok ? [] : checked.problems;
};

describe('the notes’ wording in the settings', () => {
  it('loads a stored version-2 document without notes as it was, with the built-in wording', () => {
    const stored: Record<string, unknown> = JSON.parse(JSON.stringify(defaultConfig));
    delete stored.notes;

    expect(checkConfig(stored)).toEqual({ ok: true, config: { ...defaultConfig, notes: {} } });
  });

  it('takes French wording of every note with the placeholders each one fills', () => {
    const notes = {
      reopen: "Merci. Votre demande est rouverte et {company} s'en occupe.",
      afterWindow:
        'Cette demande est close depuis plus de {days} jours. Nouvelle demande : {portal}',
      installerSilence: "Appelez l'installateur de {company}.",
      installerNumber: 'Son numéro : {phone}.',
      customerReminder: '{company} attend votre réponse.',
      askIntroduction: 'Pour avancer, {company} a besoin de :',
      askOptionalMark: '(si vous l’avez)',
      askAttachmentHint: 'Utilisez le bouton de pièce jointe.',
      askClosing: 'Répondez ici ou dans le panneau.',
      supplied: '{item} (ajouté dans le panneau) : {value}',
    };

    expect(withNotes(notes)).toEqual({ ok: true, config: { ...defaultConfig, notes } });
  });

  it('trims the wording', () => {
    const checked = withNotes({ reopen: '  Rouvert.  ' });

    expect(checked.ok && checked.config.notes.reopen).toBe('Rouvert.');
  });

  it.each([
    [
      'a placeholder the note does not fill',
      { reopen: 'Back with {company}, see {portal}' },
      'notes.reopen',
      'The reopen note does not know {portal}; it can use {company}.',
    ],
    [
      'a placeholder in a note that takes none',
      { askOptionalMark: '(optional, {company})' },
      'notes.askOptionalMark',
      'The mark beside an optional item does not know {company}; it takes no placeholders.',
    ],
    [
      'a placeholder written in capitals',
      { customerReminder: '{Company} is waiting.' },
      'notes.customerReminder',
      'The customer reminder does not know {Company}; it can use {company}.',
    ],
    [
      'the after-window note without the portal link',
      { afterWindow: 'Closed more than {days} days ago; {company} cannot reopen it.' },
      'notes.afterWindow',
      'The after-window note must keep {portal}: without the portal link the customer has no way to raise a new request.',
    ],
    [
      'the installer’s number line without the number',
      { installerNumber: 'Ring the installer.' },
      'notes.installerNumber',
      "The installer's number line must keep {phone}: the line is only added to give the number.",
    ],
    [
      'the supplied note without the value',
      { supplied: '{item} was added in the panel.' },
      'notes.supplied',
      'The note of a value given in the panel must keep {value}: the value is what the note carries.',
    ],
    [
      'an empty note',
      { reopen: '   ' },
      'notes.reopen',
      'The reopen note cannot be empty; clear the field to use the built-in wording.',
    ],
    [
      'an over-long note',
      { customerReminder: 'x'.repeat(1001) },
      'notes.customerReminder',
      'The customer reminder has at most 1000 characters.',
    ],
    [
      'an over-long first line of the ask',
      { askIntroduction: 'x'.repeat(301) },
      'notes.askIntroduction',
      'The first line of "Ask the customer" has at most 300 characters.',
    ],
  ])('refuses %s, naming the note', (_case, notes, path, message) => {
    expect(problemsOf(notes)).toContainEqual({ path, message });
  });

  it('refuses a note it does not know, so a misspelt import is not lost', () => {
    expect(problemsOf({ reopenNote: 'Rouvert.' })).toEqual([
      { path: 'notes', message: expect.stringContaining('reopenNote') },
    ]);
  });

  it('keeps markup in the wording as the characters typed', () => {
    const markup = '<b>Back</b> with *{company}* [here](javascript:alert(1)) {{company}}';

    const checked = withNotes({ reopen: markup });

    expect(checked.ok && checked.config.notes.reopen).toBe(markup);
  });
});
