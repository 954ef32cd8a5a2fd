import { Stack, Text } from '@atlaskit/primitives/compiled';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import type { CatalogueEntryChoice } from '../../../src/contracts/project';
import type { EntryWordingOverride } from '../../../src/domain/catalogue/wording-overrides-schema';
import { type FieldErrors, messagesUnder } from './field-errors';

/** Props of {@link WordingFields}. */
export interface WordingFieldsProps {
  entry: CatalogueEntryChoice;
  override: EntryWordingOverride;
  onChange: (next: EntryWordingOverride) => void;
  errors: FieldErrors;
  /** Where this override's fields sit in the configuration, for their messages. */
  errorPath: string;
}

type TextKey = 'headline' | 'whatHappensNext' | 'promiseText' | 'promiseLateText';
type ListKey = 'customerCanDo' | 'tips';

const textFields: [TextKey, string][] = [
  ['headline', 'Headline'],
  ['whatHappensNext', 'What happens next'],
  ['promiseText', 'Promise sentence'],
  ['promiseLateText', 'When the promise is missed'],
];
const listFields: [ListKey, string][] = [
  ['customerCanDo', 'What the customer can do (one line each)'],
  ['tips', 'Tips (one line each)'],
];

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

const without = (override: EntryWordingOverride, key: keyof EntryWordingOverride) => {
  const next = { ...override };
  Reflect.deleteProperty(next, key);
  return next;
};

/**
 * The fields of one entry's words. An empty field keeps the preset's words, shown as its
 * placeholder; typing in it overrides them.
 */
export const WordingFields = ({
  entry,
  override,
  onChange,
  errors,
  errorPath,
}: WordingFieldsProps) => {
  const id = useId();

  return (
    <Stack space="space.200" testId="wording-fields">
      {textFields.map(([key, label]) => {
        const fieldId = `${id}-${key}`;
        const error = errors[`${errorPath}.${key}`];
        return (
          <Stack space="space.050" key={key}>
            <label htmlFor={fieldId} style={labelStyle}>
              {label}
            </label>
            <TextArea
              id={fieldId}
              value={override[key] ?? ''}
              placeholder={entry.wording[key] ?? 'No sentence in the preset'}
              onChange={(event) => {
                const text = event.currentTarget.value;
                onChange(text === '' ? without(override, key) : { ...override, [key]: text });
              }}
              isInvalid={error !== undefined}
              minimumRows={2}
            />
            {error === undefined ? null : (
              <Text size="small" color="color.text.danger">
                {error}
              </Text>
            )}
          </Stack>
        );
      })}
      {listFields.map(([key, label]) => {
        const fieldId = `${id}-${key}`;
        const error = messagesUnder(errors, `${errorPath}.${key}`)[0];
        return (
          <Stack space="space.050" key={key}>
            <label htmlFor={fieldId} style={labelStyle}>
              {label}
            </label>
            <TextArea
              id={fieldId}
              value={(override[key] ?? []).join('\n')}
              placeholder={entry.wording[key].join('\n') || 'None in the preset'}
              onChange={(event) => {
                const lines = event.currentTarget.value.split('\n');
                const kept = lines.filter(
                  (line, index) => line.trim() !== '' || index === lines.length - 1,
                );
                onChange(
                  kept.join('') === '' ? without(override, key) : { ...override, [key]: kept },
                );
              }}
              isInvalid={error !== undefined}
              minimumRows={2}
            />
            {error === undefined ? null : (
              <Text size="small" color="color.text.danger">
                {error}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
};
