import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, type SyntheticEvent, useId, useState } from 'react';

import { agentKeys, type AgentOverview } from '../../../../src/contracts/agent';
import type { ResolverError } from '../../../../src/contracts/result';
import { callResolver } from '../../../shared/call-resolver';
import { todayIn } from '../../../shared/format-civil-date';
import { LabelledTextField } from '../../../shared/labelled-text-field';
import { ResolverErrorMessage } from '../../../shared/resolver-error-message';
import type { FactDefinition, FactField, FactValues } from './fact-definitions';
import { factErrorTitles } from './fact-error-titles';

/** Props of {@link FactForm}. */
export interface FactFormProps {
  definition: FactDefinition;
  /** The form's accessible name ('Record dispatch'). */
  label: string;
  /** The values the form starts from: the recorded ones, or none. */
  initialValues: FactValues;
  /** The calendar's time zone, whose today the date hints name. */
  calendarTimeZone: string;
  /** Called with the new overview once the resolver recorded the fact. */
  onSaved: (overview: AgentOverview) => void;
  onCancel: () => void;
  testId?: string;
}

const formStyle = {
  padding: token('space.150'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('elevation.surface.sunken'),
} satisfies CSSProperties;

/**
 * The inline form that records one fact. It keeps what the agent typed when the resolver refuses
 * it, and shows each of the resolver's messages next to the field it names.
 */
export const FactForm = ({
  definition,
  label,
  initialValues,
  calendarTimeZone,
  onSaved,
  onCancel,
  testId = 'fact-form',
}: FactFormProps) => {
  const idPrefix = useId();
  const [values, setValues] = useState<FactValues>(initialValues);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<ResolverError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const inputId = (field: FactField): string => `${idPrefix}-${field.path}`;

  const edit = (path: string, value: string): void => {
    setValues((current) => ({ ...current, [path]: value }));
    setFieldErrors((current) => ({ ...current, [path]: undefined }));
  };

  const save = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setIsSaving(true);
    const answer = await callResolver(agentKeys.recordFact, {
      change: definition.toChange(values),
    });
    setIsSaving(false);

    if (answer.ok) {
      onSaved(answer.data);
      return;
    }
    const messages = answer.error.fields ?? {};
    setFieldErrors(messages);
    setError(answer.error);
    const firstInvalid = definition.fields.find((field) => messages[field.path] !== undefined);
    if (firstInvalid) {
      document.getElementById(inputId(firstInvalid))?.focus();
    }
  };

  const placed = new Set(definition.fields.map((field) => field.path));
  const unplacedMessages = Object.entries(error?.fields ?? {}).flatMap(([path, message]) =>
    placed.has(path) ? [] : [message],
  );

  return (
    <form
      style={formStyle}
      aria-label={label}
      noValidate
      onSubmit={(event) => void save(event)}
      data-testid={testId}
    >
      <Stack space="space.150">
        {definition.fields.map((field) => (
          <LabelledTextField
            key={field.path}
            id={inputId(field)}
            label={field.label}
            value={values[field.path] ?? ''}
            onChange={(value) => {
              edit(field.path, value);
            }}
            helperText={helperTextOf(field, calendarTimeZone)}
            error={fieldErrors[field.path]}
            isRequired={field.isRequired}
            placeholder={field.kind === 'date' ? 'YYYY-MM-DD' : undefined}
            inputMode={field.kind === 'phone' ? 'tel' : 'text'}
            testId={`${testId}-${field.path}`}
          />
        ))}
        <div aria-live="polite">
          {error === null ? null : (
            <ResolverErrorMessage error={error} titles={factErrorTitles} headingLevel="h3">
              {unplacedMessages.map((message) => (
                <Text as="p" key={message}>
                  {message}
                </Text>
              ))}
            </ResolverErrorMessage>
          )}
        </div>
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={isSaving}>
            Save
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={isSaving}>
            Cancel
          </Button>
        </Inline>
      </Stack>
    </form>
  );
};

const helperTextOf = (field: FactField, calendarTimeZone: string): string | undefined =>
  field.kind === 'date'
    ? `Year, month and day, such as ${todayIn(calendarTimeZone)} for today.`
    : field.helperText;
