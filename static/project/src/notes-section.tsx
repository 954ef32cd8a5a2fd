import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { NoteId } from '../../../src/domain/notes/note-wording';
import type { NoteWording } from '../../../src/domain/notes/note-wording-schema';
import { NoteField } from './note-field';
import { NotePreview } from './note-preview';
import { notePreviews } from './note-samples';
import type { SectionProps } from './section-props';

interface NoteGroup {
  id: keyof typeof notePreviews;
  title: string;
  description: string;
  fields: [NoteId, string][];
}

const groups: NoteGroup[] = [
  {
    id: 'reopen',
    title: 'Reopen note',
    description: "Posted with the move when a customer's comment reopens a resolved request.",
    fields: [['reopen', 'Reopen note']],
  },
  {
    id: 'afterWindow',
    title: 'After the reopen window',
    description:
      'Posted once when a customer writes on a request resolved longer ago than the reopen window.',
    fields: [['afterWindow', 'After-window note']],
  },
  {
    id: 'installerSilence',
    title: 'Installer-silence advice',
    description:
      "Posted after a week without word from the installer. Empty, the advice is the Installer Booked entry's sentence for a missed promise (Wording tab).",
    fields: [
      ['installerSilence', 'Advice'],
      ['installerNumber', "Line with the installer's number, when one is recorded"],
    ],
  },
  {
    id: 'customerReminder',
    title: 'Customer reminder',
    description: 'Posted once when the customer has not answered for the days set on Rules.',
    fields: [['customerReminder', 'Reminder']],
  },
  {
    id: 'ask',
    title: 'Ask the customer',
    description:
      'Posted when the team asks for what is missing: a first line, one line per item (its label and help text from the Checklist tab), and a last line.',
    fields: [
      ['askIntroduction', 'First line'],
      ['askOptionalMark', 'Mark beside an item that is not required'],
      ['askAttachmentHint', 'Hint after a file item'],
      ['askClosing', 'Last line'],
    ],
  },
  {
    id: 'supplied',
    title: 'A value given in the panel',
    description: 'Posted when the customer adds a missing item in the request panel.',
    fields: [['supplied', 'Note of the value']],
  },
];

/**
 * The wording of every public note the app posts in the conversation, each beside a preview of
 * the note as the customer reads it; an empty field keeps the built-in wording.
 */
export const NotesSection = ({ draft, onChange, errors }: SectionProps) => {
  const setNote = (noteId: NoteId, value: string | undefined) => {
    const notes: NoteWording = { ...draft.notes };
    if (value === undefined) Reflect.deleteProperty(notes, noteId);
    else notes[noteId] = value;
    onChange({ ...draft, notes });
  };

  return (
    <Stack space="space.400" testId="notes-section">
      <Text as="p" color="color.text.subtle">
        The notes go out as plain text, in the app's name. Write placeholders in braces, as listed
        under each field; anything else is posted exactly as typed.
      </Text>
      {groups.map((group) => (
        <Stack space="space.150" key={group.id} testId={`notes-group-${group.id}`}>
          <Heading size="xsmall" as="h2">
            {group.title}
          </Heading>
          <Text as="p" color="color.text.subtle">
            {group.description}
          </Text>
          {group.fields.map(([noteId, label]) => (
            <NoteField
              key={noteId}
              noteId={noteId}
              label={label}
              value={draft.notes[noteId]}
              onChange={(value) => {
                setNote(noteId, value);
              }}
              error={errors[`notes.${noteId}`]}
            />
          ))}
          <NotePreview text={notePreviews[group.id](draft)} testId={`notes-preview-${group.id}`} />
        </Stack>
      ))}
    </Stack>
  );
};
