import { Stack, Text } from '@atlaskit/primitives/compiled';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId, useState } from 'react';

import type { FieldErrors } from './field-errors';
import { messagesUnder } from './field-errors';

/** Props of {@link DayListField}. */
export interface DayListFieldProps {
  label: string;
  days: readonly string[];
  onChange: (days: string[]) => void;
  errors: FieldErrors;
  /** Where the list sits in the configuration, for its messages. */
  errorPath: string;
}

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/** A list of dates, one per line (2026-05-01), with what is wrong with any of them. */
export const DayListField = ({ label, days, onChange, errors, errorPath }: DayListFieldProps) => {
  const id = useId();
  const [text, setText] = useState(days.join('\n'));
  const messages = messagesUnder(errors, errorPath);

  return (
    <Stack space="space.050">
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      <TextArea
        id={id}
        value={text}
        placeholder="One date per line, like 2026-05-01"
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
        isInvalid={messages.length > 0}
        aria-describedby={messages.length > 0 ? `${id}-error` : undefined}
        minimumRows={2}
      />
      {messages.length === 0 ? null : (
        <Text id={`${id}-error`} size="small" color="color.text.danger">
          {messages.join(' ')}
        </Text>
      )}
    </Stack>
  );
};
