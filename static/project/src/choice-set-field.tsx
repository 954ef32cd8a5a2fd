import { Checkbox } from '@atlaskit/checkbox';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import type { Choice } from './labelled-select';

/** Props of {@link ChoiceSetField}. */
export interface ChoiceSetFieldProps {
  /** Names the group, read out before each of its checkboxes. */
  label: string;
  choices: readonly Choice[];
  /** The values ticked; a ticked value missing from `choices` is listed too, so it can be unticked. */
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  helperText?: string | undefined;
  /** What is wrong with the set; undefined when nothing is. */
  error?: string | undefined;
  /** Shown instead of the checkboxes when there is nothing to choose from. */
  emptyText?: string;
  testId?: string;
}

const fieldsetStyle = { border: 'none', margin: 0, padding: 0 } satisfies CSSProperties;

const legendStyle = {
  padding: 0,
  marginBlockEnd: token('space.050'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/** A labelled group of checkboxes that picks any number of values, in the order of `choices`. */
export const ChoiceSetField = ({
  label,
  choices,
  selected,
  onChange,
  helperText,
  error,
  emptyText = 'Nothing to choose from.',
  testId = 'choice-set-field',
}: ChoiceSetFieldProps) => {
  const id = useId();
  const known = new Set(choices.map((choice) => choice.value));
  const stale = selected
    .filter((value) => !known.has(value))
    .map((value) => ({ value, label: `${value} (no longer offered)` }));
  const all = [...choices, ...stale];
  const describedBy = [helperText ? `${id}-helper` : null, error ? `${id}-error` : null]
    .filter((part) => part !== null)
    .join(' ');

  return (
    <fieldset
      style={fieldsetStyle}
      data-testid={testId}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend style={legendStyle}>{label}</legend>
      <Stack space="space.050">
        {all.length === 0 ? <Text color="color.text.subtle">{emptyText}</Text> : null}
        {all.map((choice) => (
          <Checkbox
            key={choice.value}
            label={choice.label}
            isChecked={selected.includes(choice.value)}
            onChange={(event) => {
              const isTicked = event.currentTarget.checked;
              onChange(
                all
                  .map((each) => each.value)
                  .filter((value) =>
                    value === choice.value ? isTicked : selected.includes(value),
                  ),
              );
            }}
          />
        ))}
        {helperText ? (
          <Text id={`${id}-helper`} size="small" color="color.text.subtlest">
            {helperText}
          </Text>
        ) : null}
        {error === undefined ? null : (
          <Text id={`${id}-error`} size="small" color="color.text.danger">
            {error}
          </Text>
        )}
      </Stack>
    </fieldset>
  );
};
