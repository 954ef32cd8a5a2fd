import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import {
  type AgentChecklistItemView,
  agentChecklistKeys,
  type AgentChecklistView,
  type ChecklistMarkInput,
} from '../../../../src/contracts/checklist';
import { callResolver } from '../../../shared/call-resolver';
import type { ViewerClock } from '../format-instant';
import { RowEndLozenge } from '../row-end-lozenge';
import { describeEvidence } from './describe-evidence';

/** Props of {@link AgentChecklistItem}. */
export interface AgentChecklistItemProps {
  item: AgentChecklistItemView;
  clock: ViewerClock;
  /** Called with the refreshed checklist after the agent marked the item. */
  onChange: (checklist: AgentChecklistView) => void;
  testId?: string;
}

const stateWords = {
  missing: { text: 'Missing', appearance: 'moved' },
  found: { text: 'Found', appearance: 'success' },
  supplied: { text: 'Supplied', appearance: 'success' },
  'not-needed': { text: 'Not needed', appearance: 'default' },
} as const;

/**
 * One item as the agent sees it: whether it is in, its value, where the app found it, whether
 * the customer can see it, and the marks an agent may set.
 */
export const AgentChecklistItem = ({
  item,
  clock,
  onChange,
  testId = `agent-checklist-item-${item.id}`,
}: AgentChecklistItemProps) => {
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const words = stateWords[item.state];
  const evidence = describeEvidence(item.evidence, clock);
  const isMarked = item.evidence?.source === 'agent';
  const label = item.label.toLowerCase();

  const mark = async (input: ChecklistMarkInput): Promise<void> => {
    setIsSaving(true);
    const answer = await callResolver(agentChecklistKeys.markItem, input);
    setIsSaving(false);
    if (answer.ok) {
      setProblem(null);
      onChange(answer.data);
      return;
    }
    setProblem(answer.error.fields?.value ?? answer.error.message);
  };

  return (
    <li data-testid={testId}>
      <Stack space="space.050">
        <Inline space="space.100" spread="space-between" alignBlock="start">
          <Text weight="semibold">
            {item.label}
            {item.required ? null : <Text color="color.text.subtle"> (optional)</Text>}
          </Text>
          <RowEndLozenge appearance={words.appearance} text={words.text} />
        </Inline>
        {item.visibility === 'agent' ? (
          <Text size="small" color="color.text.subtle">
            For the team only: never shown to the customer.
          </Text>
        ) : null}
        {item.value === null ? null : <Text>{item.value}</Text>}
        {evidence === null ? null : (
          <Text size="small" color="color.text.subtlest">
            {evidence}
          </Text>
        )}
        <Inline space="space.100">
          {item.state === 'missing' ? (
            <>
              <Button
                appearance="subtle"
                isDisabled={isSaving}
                aria-label={`Mark ${label} supplied`}
                onClick={() => void mark({ itemId: item.id, mark: 'supplied' })}
              >
                Mark supplied
              </Button>
              <Button
                appearance="subtle"
                isDisabled={isSaving}
                aria-label={`Mark ${label} not needed`}
                onClick={() => void mark({ itemId: item.id, mark: 'not-needed' })}
              >
                Not needed
              </Button>
            </>
          ) : null}
          {isMarked ? (
            <Button
              appearance="subtle"
              isDisabled={isSaving}
              aria-label={`Undo the mark on ${label}`}
              onClick={() => void mark({ itemId: item.id, mark: 'clear' })}
            >
              Undo
            </Button>
          ) : null}
        </Inline>
        {problem === null ? null : (
          <Text color="color.text.danger" size="small">
            {problem}
          </Text>
        )}
      </Stack>
    </li>
  );
};
