import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { type CSSProperties, lazy, Suspense, useState } from 'react';

import type {
  CustomerChecklistItemView,
  CustomerChecklistView,
} from '../../../../src/contracts/checklist';
import { type PanelTextKey, usePanelText } from '../panel-text';

// The form (text field and its checks) loads only once a customer opens it.
const SupplyItemForm = lazy(() =>
  import('./supply-item-form').then((module) => ({ default: module.SupplyItemForm })),
);

/** Props of {@link ChecklistItemRow}. */
export interface ChecklistItemRowProps {
  item: CustomerChecklistItemView;
  /** Called with the refreshed checklist once the customer's value is saved. */
  onSupplied: (checklist: CustomerChecklistView) => void;
  testId?: string;
}

const stateWords = {
  missing: { key: 'checklistNeeded', appearance: 'moved' },
  supplied: { key: 'checklistReceived', appearance: 'success' },
  'not-needed': { key: 'checklistNotNeeded', appearance: 'default' },
} as const satisfies Record<string, { key: PanelTextKey; appearance: string }>;

const optionalMissingWords = { key: 'checklistOptionalMissing', appearance: 'default' } as const;

// Beside a label long enough to wrap, a lozenge free to shrink would cut its word ("Nee…").
const keepWholeStyle = { flexShrink: 0 } satisfies CSSProperties;

/** One item: its label, whether it is in, and for a missing one how to add it. */
export const ChecklistItemRow = ({
  item,
  onSupplied,
  testId = `checklist-item-${item.id}`,
}: ChecklistItemRowProps) => {
  const text = usePanelText();
  const [isOpen, setIsOpen] = useState(false);
  // A missing optional item is not "needed": it says so, and keeps a quieter colour.
  const words =
    item.state === 'missing' && !item.required ? optionalMissingWords : stateWords[item.state];
  const isMissing = item.state === 'missing';

  return (
    <li data-testid={testId}>
      <Stack space="space.075">
        <Inline space="space.100" spread="space-between" alignBlock="start">
          <Text weight="semibold">
            {item.label}
            {item.required ? null : (
              <Text color="color.text.subtle">{text('checklistOptional')}</Text>
            )}
          </Text>
          <Box style={keepWholeStyle}>
            <Lozenge appearance={words.appearance}>{text(words.key)}</Lozenge>
          </Box>
        </Inline>
        {isMissing && !isOpen && item.helpText !== '' ? (
          <Text color="color.text.subtle">{item.helpText}</Text>
        ) : null}
        {isMissing && item.kind === 'attachment' ? (
          <Text as="p">
            {item.imagesOnly ? text('checklistAttachPicture') : text('checklistAttachFile')}
          </Text>
        ) : null}
        {isMissing && item.kind !== 'attachment' && !isOpen ? (
          <Inline>
            <Button
              onClick={() => {
                setIsOpen(true);
              }}
              aria-label={text('checklistAddItem', { item: item.label.toLowerCase() })}
            >
              {text('checklistAdd')}
            </Button>
          </Inline>
        ) : null}
        {isMissing && isOpen ? (
          <Suspense
            fallback={<Text color="color.text.subtle">{text('checklistOpeningForm')}</Text>}
          >
            <SupplyItemForm
              item={item}
              onSaved={onSupplied}
              onCancel={() => {
                setIsOpen(false);
              }}
            />
          </Suspense>
        ) : null}
      </Stack>
    </li>
  );
};
