import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';

import type { RequestKind } from '../../../src/domain/catalogue/request-kinds';
import type { ChecklistItem } from '../../../src/domain/checklist/checklist-settings-schema';
import type { ChecklistSource } from '../../../src/domain/checklist/request-type-checklist';
import { plainListStyles } from '../../shared/plain-list-styles';

/** Props of {@link ChecklistOrigin}. */
export interface ChecklistOriginProps {
  /** The request type's name, as the sentence quotes it. */
  requestTypeName: string;
  /** Where its items come from now. */
  source: ChecklistSource;
  /** The preset's items it would take by its name without a list of its own; null when none. */
  preset: Extract<ChecklistSource, { from: 'preset' }> | null;
  /** True when the dispatch rule lists request types, so field maintenance goes by that list. */
  isMatchedByList: boolean;
  /** Replaces the request type's items with a list of its own (a copy, or none to turn it off). */
  onSetOwn: (items: ChecklistItem[]) => void;
  /** Drops the request type's own list, so it takes the preset's items by its name again. */
  onUsePreset: () => void;
}

const kindNouns: Record<RequestKind, string> = {
  'fault-report': 'fault reports',
  'hardware-order': 'hardware orders',
  'field-maintenance': 'field maintenance',
};

/**
 * Says where a request type's checklist comes from (the preset, matched by its name, or the
 * desk's own list, or nowhere) and offers to customise the preset's items, to turn the checklist
 * off, or to go back to the preset.
 */
export const ChecklistOrigin = ({
  requestTypeName,
  source,
  preset,
  isMatchedByList,
  onSetOwn,
  onUsePreset,
}: ChecklistOriginProps) => {
  const presetSentence =
    preset === null
      ? ''
      : isMatchedByList && preset.kind === 'field-maintenance'
        ? `the preset for ${kindNouns[preset.kind]}, as the dispatch rule lists “${requestTypeName}”`
        : `the preset for ${kindNouns[preset.kind]}, matched by the name “${requestTypeName}”`;
  const usePresetButton =
    preset === null ? null : (
      <Button
        onClick={onUsePreset}
      >{`Use the preset’s items for ${kindNouns[preset.kind]}`}</Button>
    );

  if (source.from === 'preset') {
    return (
      <Stack space="space.150" testId="checklist-origin">
        <Text as="p">{`From ${presetSentence}.`}</Text>
        <ul style={plainListStyles.compact} aria-label="The preset’s items">
          {source.items.map((item) => (
            <li key={item.id}>
              <Text>{describeItem(item)}</Text>
            </li>
          ))}
        </ul>
        <Inline space="space.100" shouldWrap>
          <Button
            appearance="primary"
            onClick={() => {
              onSetOwn(source.items.map((item) => ({ ...item })));
            }}
          >
            Customise these items
          </Button>
          <Button
            onClick={() => {
              onSetOwn([]);
            }}
          >
            Turn the checklist off
          </Button>
        </Inline>
      </Stack>
    );
  }
  if (source.from === 'none') {
    return (
      <Text as="p" testId="checklist-origin">
        This request type asks for nothing yet.
      </Text>
    );
  }
  if (source.items.length === 0) {
    return (
      <Stack space="space.150" testId="checklist-origin">
        <Text as="p">
          {preset === null
            ? 'This request type asks for nothing yet.'
            : `The checklist is off for this request type; without a list of its own it would take ${presetSentence}.`}
        </Text>
        {usePresetButton === null ? null : <Inline>{usePresetButton}</Inline>}
      </Stack>
    );
  }
  return (
    <Stack space="space.150" testId="checklist-origin">
      <Text as="p">The desk’s own items for this request type.</Text>
      <Inline space="space.100" shouldWrap>
        {usePresetButton}
        <Button
          onClick={() => {
            onSetOwn([]);
          }}
        >
          Turn the checklist off
        </Button>
      </Inline>
    </Stack>
  );
};

/** "Vehicle registration (required, the team only)" */
const describeItem = (item: ChecklistItem): string => {
  const notes = [
    item.required ? 'required' : 'optional',
    ...(item.visibility === 'agent' ? ['the team only'] : []),
  ];
  return `${item.label} (${notes.join(', ')})`;
};
