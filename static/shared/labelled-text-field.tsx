import { Stack } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import { describedByOf, FieldMessages } from './field-messages';

/** Props of {@link LabelledTextField}. */
export interface LabelledTextFieldProps {
  /** Id of the input, which its label and messages point at. */
  id: string;
  label: string;
  value: string;
  /** Called with the new text on every keystroke. */
  onChange: (value: string) => void;
  /** A short hint shown under the field; none when omitted. */
  helperText?: string | undefined;
  /** What is wrong with the value, shown under the field; undefined when nothing is. */
  error: string | undefined;
  isRequired?: boolean;
  /** Shown in the empty field, as an example of the expected shape ('YYYY-MM-DD'). */
  placeholder?: string | undefined;
  /** The browser's autofill hint; 'off' unless given. */
  autoComplete?: string;
  /** The on-screen keyboard a touch device shows ('tel' for a phone number). */
  inputMode?: 'text' | 'tel' | 'numeric';
  testId?: string;
}

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

const requiredMarkStyle = { color: token('color.text.danger') } satisfies CSSProperties;

/** A labelled text input with its hint and, when there is one, the message of what is wrong. */
export const LabelledTextField = ({
  id,
  label,
  value,
  onChange,
  helperText,
  error,
  isRequired = false,
  placeholder,
  autoComplete = 'off',
  inputMode = 'text',
  testId = 'labelled-text-field',
}: LabelledTextFieldProps) => {
  const describedBy = describedByOf(id, error, helperText);

  return (
    <Stack space="space.050" testId={testId}>
      <label htmlFor={id} style={labelStyle}>
        {label}
        {isRequired ? (
          <span aria-hidden="true" style={requiredMarkStyle}>
            {' *'}
          </span>
        ) : null}
      </label>
      <Textfield
        id={id}
        name={id}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
        isRequired={isRequired}
        isInvalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        autoComplete={autoComplete}
        inputMode={inputMode}
        {...(placeholder === undefined ? {} : { placeholder })}
        testId={`${testId}-input`}
      />
      <FieldMessages id={id} error={error} helperText={helperText} />
    </Stack>
  );
};
