import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId, useState } from 'react';

import { presetChecklists } from '../../../src/domain/checklist/checklist-presets';
import type { ChecklistSettings } from '../../../src/domain/checklist/checklist-settings-schema';
import { LabelledTextField } from '../../shared/labelled-text-field';
import { type FieldErrors, messagesUnder } from './field-errors';
import { PhraseListField } from './rule-fields';

type Registration = ChecklistSettings['registration'];

/** Props of {@link RegistrationFormatsFields}. */
export interface RegistrationFormatsFieldsProps {
  registration: Registration;
  onChange: (registration: Registration) => void;
  errors: FieldErrors;
}

const countryStyle = {
  padding: token('space.200'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
} satisfies CSSProperties;

const prefix = 'checklists.registration';

/**
 * How vehicle registrations are written, by country: which countries detection looks for, each
 * country's masks, and the New Zealand and Australian formats of the preset in one click.
 */
export const RegistrationFormatsFields = ({
  registration,
  onChange,
  errors,
}: RegistrationFormatsFieldsProps) => {
  const id = useId();
  const [newCode, setNewCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>(undefined);
  const codes = Object.keys(registration.countries);

  const setCountry = (code: string, country: Registration['countries'][string]) => {
    onChange({ ...registration, countries: { ...registration.countries, [code]: country } });
  };
  const setInUse = (code: string, isInUse: boolean) => {
    const others = registration.inUse.filter((each) => each !== code);
    onChange({ ...registration, inUse: isInUse ? [...others, code] : others });
  };
  const remove = (code: string) => {
    const countries = Object.fromEntries(
      Object.entries(registration.countries).filter(([each]) => each !== code),
    );
    onChange({ countries, inUse: registration.inUse.filter((each) => each !== code) });
  };
  const add = () => {
    const code = newCode.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) {
      setCodeError('A country is named by its two-letter ISO code, such as NZ.');
      return;
    }
    if (registration.countries[code] !== undefined) {
      setCodeError(`${code} is listed already.`);
      return;
    }
    onChange({
      countries: { ...registration.countries, [code]: { name: '', formats: [] } },
      inUse: [...registration.inUse, code],
    });
    setNewCode('');
  };
  const addPreset = () => {
    const preset = presetChecklists.registration;
    onChange({
      countries: { ...registration.countries, ...structuredClone(preset.countries) },
      inUse: [...new Set([...registration.inUse, ...preset.inUse])],
    });
  };

  return (
    <Stack space="space.200" testId="registration-formats">
      <Heading size="xsmall" as="h2">
        Registration formats
      </Heading>
      <Text as="p" color="color.text.subtle">
        The app finds a vehicle registration in what the customer writes by these formats, for the
        countries ticked as in use. In a format, L is a letter and N a digit: LLLNNN reads ABC123.
      </Text>
      {messagesUnder(errors, `${prefix}.inUse`).map((message) => (
        <Text key={message} size="small" color="color.text.danger">
          {message}
        </Text>
      ))}
      {codes.length === 0 ? <Text as="p">No country is set.</Text> : null}
      {codes.map((code) => {
        const country = registration.countries[code] ?? { name: '', formats: [] };
        const title = country.name.trim() === '' ? code : `${country.name} (${code})`;
        return (
          <Box key={code} style={countryStyle} testId={`registration-${code}`}>
            <Stack space="space.150">
              <Inline spread="space-between" alignBlock="center">
                <Heading size="xxsmall" as="h3">
                  {title}
                </Heading>
                <Button
                  appearance="subtle"
                  onClick={() => {
                    remove(code);
                  }}
                >
                  {`Remove ${code}`}
                </Button>
              </Inline>
              <Checkbox
                label={`Look for ${code} registrations`}
                isChecked={registration.inUse.includes(code)}
                onChange={(event) => {
                  setInUse(code, event.currentTarget.checked);
                }}
              />
              <LabelledTextField
                id={`${id}-${code}-name`}
                label={`Name of ${code}`}
                value={country.name}
                onChange={(name) => {
                  setCountry(code, { ...country, name });
                }}
                error={messagesUnder(errors, `${prefix}.countries.${code}.name`)[0]}
              />
              <PhraseListField
                label={`Formats of ${code} (one per line)`}
                phrases={country.formats}
                onChange={(formats) => {
                  setCountry(code, { ...country, formats });
                }}
                helperText="3 to 8 of L and N, with at least one of each, such as LLNNNN."
                error={messagesUnder(errors, `${prefix}.countries.${code}.formats`)[0]}
              />
            </Stack>
          </Box>
        );
      })}
      <Inline space="space.100" alignBlock="end">
        <LabelledTextField
          id={`${id}-new-code`}
          label="Country code"
          value={newCode}
          onChange={(typed) => {
            setNewCode(typed);
            setCodeError(undefined);
          }}
          placeholder="NZ"
          error={codeError}
        />
        <Button onClick={add}>Add country</Button>
      </Inline>
      <Inline>
        <Button onClick={addPreset}>Add the New Zealand and Australian formats</Button>
      </Inline>
    </Stack>
  );
};
