import { Stack } from '@atlaskit/primitives/compiled';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import { noteDefinitions, type NoteId } from '../../../src/domain/notes/note-wording';
import { describedByOf, FieldMessages } from '../../shared/field-messages';
import { describePlaceholders } from './note-placeholders';

/** Props of {@link NoteField}. */
export interface NoteFieldProps {
  noteId: NoteId;
  label: string;
  /** The admin's wording; undefined while the note keeps the built-in one. */
  value: string | undefined;
  /** Called with the new wording, or undefined once the field is emptied. */
  onChange: (value: string | undefined) => void;
  error: string | undefined;
}

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/**
 * The wording of one note, its built-in words shown while the field is empty, with the
 * placeholders it accepts named under it and, when the schema refuses it, the reason.
 */
export const NoteField = ({ noteId, label, value, onChange, error }: NoteFieldProps) => {
  const id = useId();
  const helperText = describePlaceholders(noteDefinitions[noteId]);

  return (
    <Stack space="space.050" testId={`note-field-${noteId}`}>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      <TextArea
        id={id}
        value={value ?? ''}
        placeholder={noteDefinitions[noteId].builtIn}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange(text === '' ? undefined : text);
        }}
        isInvalid={error !== undefined}
        minimumRows={2}
        aria-describedby={describedByOf(id, error, helperText)}
      />
      <FieldMessages id={id} error={error} helperText={helperText} />
    </Stack>
  );
};
