import { Stack } from '@atlaskit/primitives/compiled';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId, useState } from 'react';

import { describedByOf, FieldMessages } from '../../shared/field-messages';
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
  const error = messages.length === 0 ? undefined : messages.join(' ');

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
        isInvalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : describedByOf(id, error)}
        minimumRows={2}
      />
      <FieldMessages id={id} error={error} />
    </Stack>
  );
};
