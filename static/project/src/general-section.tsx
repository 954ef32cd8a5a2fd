import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { LabelledTextField } from '../../shared/labelled-text-field';
import { LabelledSelect } from './labelled-select';
import type { SectionProps } from './section-props';

const presetChoices = [
  { value: 'field-service', label: 'Field service (hardware, dispatch, installers)' },
  { value: 'it-service-desk', label: 'IT service desk (JSM’s standard statuses)' },
];

/** The company name the words use, and the preset the catalogue comes from. */
export const GeneralSection = ({ draft, onChange, errors }: SectionProps) => {
  const id = useId();

  return (
    <Stack space="space.200" testId="general-section">
      <LabelledTextField
        id={`${id}-company`}
        label="Company name"
        value={draft.companyName}
        onChange={(companyName) => {
          onChange({ ...draft, companyName });
        }}
        helperText="Customers read it wherever the words say {company}."
        error={errors.companyName}
        isRequired
      />
      <LabelledSelect
        id={`${id}-preset`}
        label="Preset"
        choices={presetChoices}
        value={draft.preset}
        onChange={(preset) => {
          if (preset !== 'field-service' && preset !== 'it-service-desk') return;
          // A mapping and the clocks name the entries of one preset, and the rules its status
          // names: kept, they would point at nothing.
          const fresh = configForPreset(preset);
          onChange({
            ...draft,
            preset,
            statusMapping: {},
            rules: fresh.rules,
            clocks: fresh.clocks,
          });
        }}
        error={errors.preset}
      />
      <Text as="p" size="small" color="color.text.subtlest">
        Changing the preset clears the status mapping and sets the rules to the preset's; check both
        before saving.
      </Text>
    </Stack>
  );
};
