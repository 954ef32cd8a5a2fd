import { Stack } from '@atlaskit/primitives/compiled';
import Select from '@atlaskit/select';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import { describedByOf, FieldMessages } from '../../shared/field-messages';

/** One choice of a {@link LabelledSelect}. */
export interface Choice {
  value: string;
  label: string;
}

/** Props of {@link LabelledSelect}. */
export interface LabelledSelectProps {
  id: string;
  label: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the choice; undefined when nothing is. */
  error?: string | undefined;
  /** A short hint shown under the select; none when omitted. */
  helperText?: string | undefined;
  testId?: string;
}

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/** A labelled Atlaskit select of plain string values, with its error and hint under it, both read out with it. */
export const LabelledSelect = ({
  id,
  label,
  choices,
  value,
  onChange,
  error,
  helperText,
  testId = 'labelled-select',
}: LabelledSelectProps) => {
  const describedBy = describedByOf(id, error, helperText);

  return (
    <Stack space="space.050" testId={testId}>
      <label htmlFor={id} style={labelStyle}>
        {label}
      </label>
      <Select<Choice>
        inputId={id}
        options={choices}
        value={choices.find((choice) => choice.value === value) ?? null}
        onChange={(choice) => {
          if (choice) onChange(choice.value);
        }}
        isInvalid={error !== undefined}
        {...(describedBy === '' ? {} : { descriptionId: describedBy })}
        testId={testId}
      />
      <FieldMessages id={id} error={error} helperText={helperText} />
    </Stack>
  );
};
