import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { type CSSProperties, useId, useState } from 'react';

import type { EntryWordingOverride } from '../../../src/domain/catalogue/wording-overrides-schema';
import { CustomerPreview } from './customer-preview';
import { LabelledSelect } from './labelled-select';
import type { SectionProps } from './section-props';
import { WordingFields } from './wording-fields';

const allTypes = '';

const columnStyle = { flex: '1 1 22rem', minWidth: 0 } satisfies CSSProperties;

/**
 * The admin's own words for one catalogue entry, for every request type or for one, beside a
 * live preview of what the customer then reads.
 */
export const WordingSection = ({ draft, onChange, view, errors }: SectionProps) => {
  const id = useId();
  const entries = view.catalogues[draft.preset];
  const [entryId, setEntryId] = useState(entries[0]?.id ?? '');
  const [requestTypeId, setRequestTypeId] = useState(allTypes);
  const entry = entries.find((candidate) => candidate.id === entryId) ?? entries[0];
  if (entry === undefined) return <Text as="p">This preset has no entries.</Text>;

  const overrides =
    requestTypeId === allTypes
      ? draft.wording.entries
      : (draft.wording.requestTypes[requestTypeId] ?? {});
  const errorPath =
    requestTypeId === allTypes
      ? `wording.entries.${entry.id}`
      : `wording.requestTypes.${requestTypeId}.${entry.id}`;

  const setOverride = (next: EntryWordingOverride) => {
    const forScope = { ...overrides };
    if (Object.keys(next).length === 0) Reflect.deleteProperty(forScope, entry.id);
    else forScope[entry.id] = next;

    const wording =
      requestTypeId === allTypes
        ? { ...draft.wording, entries: forScope }
        : {
            ...draft.wording,
            requestTypes: { ...draft.wording.requestTypes, [requestTypeId]: forScope },
          };
    onChange({ ...draft, wording });
  };

  return (
    <Inline space="space.300" shouldWrap alignBlock="start" testId="wording-section">
      <Box style={columnStyle}>
        <Stack space="space.200">
          <LabelledSelect
            id={`${id}-entry`}
            label="Status"
            choices={entries.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            value={entry.id}
            onChange={setEntryId}
          />
          <LabelledSelect
            id={`${id}-type`}
            label="For which requests"
            choices={[
              { value: allTypes, label: 'All request types' },
              ...view.requestTypes.map((type) => ({ value: type.id, label: type.name })),
            ]}
            value={requestTypeId}
            onChange={setRequestTypeId}
          />
          <WordingFields
            entry={entry}
            override={overrides[entry.id] ?? {}}
            onChange={setOverride}
            errors={errors}
            errorPath={errorPath}
          />
        </Stack>
      </Box>
      <Box style={columnStyle}>
        <CustomerPreview
          draft={draft}
          entryId={entry.id}
          requestTypeId={requestTypeId === allTypes ? null : requestTypeId}
        />
      </Box>
    </Inline>
  );
};
