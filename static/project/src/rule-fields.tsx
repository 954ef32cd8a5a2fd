import { Stack } from '@atlaskit/primitives/compiled';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId, useState } from 'react';

import { FieldMessages } from '../../shared/field-messages';
import { LabelledTextField } from '../../shared/labelled-text-field';
import { LabelledSelect } from './labelled-select';

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/** Props of {@link TargetStatusField}. */
export interface TargetStatusFieldProps {
  label: string;
  value: string;
  /** The project's workflow statuses. */
  statuses: readonly string[];
  onChange: (status: string) => void;
  helperText?: string;
  error: string | undefined;
}

/** A choice of one of the project's statuses, keeping a stored one the workflow no longer has. */
export const TargetStatusField = ({
  label,
  value,
  statuses,
  onChange,
  helperText,
  error,
}: TargetStatusFieldProps) => {
  const id = useId();
  const names = statuses.includes(value) ? statuses : [value, ...statuses];

  return (
    <LabelledSelect
      id={id}
      label={label}
      choices={names.map((name) => ({ value: name, label: name }))}
      value={value}
      onChange={onChange}
      error={error}
      helperText={helperText}
    />
  );
};

/** Props of {@link WholeNumberField}. */
export interface WholeNumberFieldProps {
  label: string;
  /** Null when the field may be left empty ("no limit"). */
  value: number | null;
  onChange: (value: number | null) => void;
  helperText?: string;
  error: string | undefined;
}

/** A whole number typed as text; what is typed stays while it is not a number yet. */
export const WholeNumberField = ({
  label,
  value,
  onChange,
  helperText,
  error,
}: WholeNumberFieldProps) => {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const isNumber = text.trim() === '' || /^\d+$/.test(text.trim());

  return (
    <LabelledTextField
      id={id}
      label={label}
      value={text}
      inputMode="numeric"
      onChange={(next) => {
        setText(next);
        if (next.trim() === '') onChange(null);
        else if (/^\d+$/.test(next.trim())) onChange(Number(next.trim()));
      }}
      helperText={helperText}
      error={isNumber ? error : `${label}: enter a whole number.`}
    />
  );
};

/** Props of {@link PhraseListField}. */
export interface PhraseListFieldProps {
  label: string;
  phrases: readonly string[];
  onChange: (phrases: string[]) => void;
  helperText?: string;
  error: string | undefined;
}

/** Phrases, one per line; empty lines are dropped. */
export const PhraseListField = ({
  label,
  phrases,
  onChange,
  helperText,
  error,
}: PhraseListFieldProps) => {
  const id = useId();
  const [text, setText] = useState(phrases.join('\n'));

  return (
    <Stack space="space.050">
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      <TextArea
        id={id}
        value={text}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          onChange(
            next
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          );
        }}
        isInvalid={error !== undefined}
        // Tall enough to show every line at once, so a long list is never cut mid-line.
        minimumRows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        {...(helperText ? { 'aria-describedby': `${id}-helper` } : {})}
      />
      <FieldMessages id={id} error={error} helperText={helperText} />
    </Stack>
  );
};
