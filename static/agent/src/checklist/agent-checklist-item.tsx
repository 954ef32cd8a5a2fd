import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { type SyntheticEvent, useId, useState } from 'react';

import {
  type AgentChecklistItemView,
  agentChecklistKeys,
  type AgentChecklistView,
  type ChecklistMarkInput,
} from '../../../../src/contracts/checklist';
import { callResolver } from '../../../shared/call-resolver';
import { LabelledTextField } from '../../../shared/labelled-text-field';
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
  const [isEntering, setIsEntering] = useState(false);
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const words = stateWords[item.state];
  const evidence = describeEvidence(item.evidence, clock);
  const isMarked = item.evidence?.source === 'agent';
  const label = item.label.toLowerCase();

  const mark = async (input: ChecklistMarkInput): Promise<boolean> => {
    setIsSaving(true);
    const answer = await callResolver(agentChecklistKeys.markItem, input);
    setIsSaving(false);
    if (answer.ok) {
      setProblem(null);
      onChange(answer.data);
      return true;
    }
    setProblem(answer.error.fields?.value ?? answer.error.message);
    return false;
  };

  // A file cannot be typed in: the agent only says it is in. Anything else may carry the value
  // the customer gave by phone or email, checked as the customer's would be.
  const startSupplied = (): void => {
    if (item.kind === 'attachment') {
      void mark({ itemId: item.id, mark: 'supplied' });
      return;
    }
    setProblem(null);
    setTyped('');
    setIsEntering(true);
  };

  const saveSupplied = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const value = typed.trim();
    const isSaved = await mark({
      itemId: item.id,
      mark: 'supplied',
      ...(value === '' ? {} : { value: typed }),
    });
    if (isSaved) setIsEntering(false);
    else document.getElementById(inputId)?.focus();
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
        {isEntering ? (
          <form
            aria-label={`Mark ${label} supplied`}
            noValidate
            onSubmit={(event) => void saveSupplied(event)}
            data-testid={`${testId}-supplied-form`}
          >
            <Stack space="space.100">
              <LabelledTextField
                id={inputId}
                label={item.label}
                value={typed}
                onChange={(value) => {
                  setTyped(value);
                  setProblem(null);
                }}
                helperText="What the customer gave, if you have it; leave it empty to only mark the item in."
                error={problem ?? undefined}
                testId={`${testId}-value`}
              />
              <Inline space="space.100">
                <Button type="submit" appearance="primary" isLoading={isSaving}>
                  Save
                </Button>
                <Button
                  appearance="subtle"
                  isDisabled={isSaving}
                  onClick={() => {
                    setIsEntering(false);
                    setProblem(null);
                  }}
                >
                  Cancel
                </Button>
              </Inline>
            </Stack>
          </form>
        ) : null}
        <Inline space="space.100">
          {item.state === 'missing' && !isEntering ? (
            <>
              <Button
                appearance="subtle"
                isDisabled={isSaving}
                aria-label={`Mark ${label} supplied`}
                onClick={startSupplied}
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
        {problem === null || isEntering ? null : (
          <Text color="color.text.danger" size="small">
            {problem}
          </Text>
        )}
      </Stack>
    </li>
  );
};
