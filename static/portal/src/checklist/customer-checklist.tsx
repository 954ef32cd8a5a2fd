import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import {
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../../../src/contracts/checklist';
import { plainListStyles } from '../../../shared/plain-list-styles';
import { useInvoke } from '../../../shared/use-invoke';
import { type PanelText, usePanelText } from '../panel-text';
import { ChecklistItemRow } from './checklist-item-row';

/** Props of {@link CustomerChecklist}. */
export interface CustomerChecklistProps {
  /** Called once a value the customer gave is saved, after the list shows it. */
  onSupplied?: () => void;
  testId?: string;
}

/**
 * The information the team needs for this request, with a tick for what is in and a way to add
 * what is missing. Shows nothing while loading, on failure, or when the request type asks for
 * nothing: the rest of the panel stands on its own.
 */
export const CustomerChecklist = ({
  onSupplied,
  testId = 'customer-checklist',
}: CustomerChecklistProps) => {
  const text = usePanelText();
  const { data } = useInvoke(portalChecklistKeys.getChecklist, {});
  const [changed, setChanged] = useState<CustomerChecklistView | null>(null);
  const headingId = useId();
  const checklist = changed ?? data;
  const showSupplied = (refreshed: CustomerChecklistView): void => {
    setChanged(refreshed);
    onSupplied?.();
  };

  if (checklist === null || checklist.items.length === 0) return null;
  const missing = checklist.items.filter((item) => item.state === 'missing');

  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h2" id={headingId}>
          {text('checklistHeading')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {summaryOf(checklist, missing.length, text)}
        </Text>
        <ul style={plainListStyles.compact} aria-labelledby={headingId}>
          {checklist.items.map((item) => (
            <ChecklistItemRow key={item.id} item={item} onSupplied={showSupplied} />
          ))}
        </ul>
      </Stack>
    </section>
  );
};

const summaryOf = (
  checklist: CustomerChecklistView,
  missingCount: number,
  text: PanelText,
): string => {
  if (missingCount === 0) return text('checklistAllIn');
  if (checklist.isComplete) return text('checklistOptionalLeft');
  return text(checklist.waitsOnCustomer ? 'checklistWaiting' : 'checklistWhenYouCan');
};
