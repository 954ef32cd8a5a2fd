import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { useId, useState } from 'react';

import { agentChecklistKeys, type AgentChecklistView } from '../../../../src/contracts/checklist';
import { callResolver } from '../../../shared/call-resolver';
import { plainListStyles } from '../../../shared/plain-list-styles';
import { useInvoke } from '../../../shared/use-invoke';
import type { ViewerClock } from '../format-instant';
import { AgentChecklistItem } from './agent-checklist-item';

/** Props of {@link AgentChecklist}. */
export interface AgentChecklistProps {
  clock: ViewerClock;
  /** Called once the customer was asked, since that moves the request to wait for them. */
  onAsked?: (() => void) | undefined;
  testId?: string;
}

type AskState = { kind: 'idle' } | { kind: 'asked' } | { kind: 'failed'; message: string };

/**
 * The missing-information checklist of the request: every item with where it was found, and
 * "Ask the customer", which posts one public comment naming what is missing and moves the
 * request to wait for them. Shows nothing while loading, when the issue is no customer request,
 * or when its request type asks for nothing.
 */
export const AgentChecklist = ({
  clock,
  onAsked,
  testId = 'agent-checklist',
}: AgentChecklistProps) => {
  const { data } = useInvoke(agentChecklistKeys.getChecklist, {});
  const [changed, setChanged] = useState<AgentChecklistView | null>(null);
  const [ask, setAsk] = useState<AskState>({ kind: 'idle' });
  const [isAsking, setIsAsking] = useState(false);
  const headingId = useId();
  const checklist = changed ?? data;

  if (checklist === null || checklist.items.length === 0) return null;

  const askCustomer = async (): Promise<void> => {
    setIsAsking(true);
    const answer = await callResolver(agentChecklistKeys.askCustomer, {});
    setIsAsking(false);
    if (answer.ok) {
      setChanged(answer.data);
      setAsk({ kind: 'asked' });
      onAsked?.();
      return;
    }
    setAsk({ kind: 'failed', message: answer.error.message });
  };

  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <Stack space="space.150">
        <Inline space="space.100" spread="space-between" alignBlock="center">
          <Heading size="xsmall" as="h2" id={headingId}>
            Missing information
          </Heading>
          <Button
            appearance="primary"
            isLoading={isAsking}
            isDisabled={checklist.askableCount === 0}
            onClick={() => void askCustomer()}
          >
            Ask the customer
          </Button>
        </Inline>
        <Text as="p" color="color.text.subtle">
          {checklist.missingCount === 0
            ? 'Every required item is in.'
            : `${checklist.missingCount} required ${checklist.missingCount === 1 ? 'item is' : 'items are'} missing.`}
        </Text>
        <div aria-live="polite">
          {ask.kind === 'asked' ? (
            <SectionMessage appearance="success" title="The customer was asked">
              <Text as="p">A public comment lists what is missing.</Text>
            </SectionMessage>
          ) : null}
          {ask.kind === 'failed' ? (
            <SectionMessage appearance="warning" title="Nothing was asked">
              <Text as="p">{ask.message}</Text>
            </SectionMessage>
          ) : null}
        </div>
        <ul style={plainListStyles.compact} aria-labelledby={headingId}>
          {checklist.items.map((item) => (
            <AgentChecklistItem key={item.id} item={item} clock={clock} onChange={setChanged} />
          ))}
        </ul>
      </Stack>
    </section>
  );
};
