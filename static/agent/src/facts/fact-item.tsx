import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useRef, useState } from 'react';

import {
  agentKeys,
  type AgentOverview,
  type RequestFactsView,
} from '../../../../src/contracts/agent';
import type { ResolverError } from '../../../../src/contracts/result';
import { callResolver } from '../../../shared/call-resolver';
import { ResolverErrorMessage } from '../../../shared/resolver-error-message';
import type { ViewerClock } from '../format-instant';
import type { FactDefinition } from './fact-definitions';
import { factErrorTitles } from './fact-error-titles';
import { FactForm } from './fact-form';
import { summariseFact } from './summarise-fact';

/** Props of {@link FactItem}. */
export interface FactItemProps {
  definition: FactDefinition;
  /** Everything recorded on the request. */
  facts: RequestFactsView;
  /** The viewer's locale, for dates. */
  viewer: ViewerClock;
  /** The calendar's time zone, whose today the date hints name. */
  calendarTimeZone: string;
  /** Called with the new overview and a sentence saying what changed. */
  onChanged: (overview: AgentOverview, announcement: string) => void;
  testId?: string;
}

/**
 * One recorded fact: what is recorded, and the actions to record, edit or clear it. Editing
 * opens the fact's form in place; focus comes back to the actions when it closes.
 */
export const FactItem = ({
  definition,
  facts,
  viewer,
  calendarTimeZone,
  onChanged,
  testId = 'fact-item',
}: FactItemProps) => {
  const [isEditing, setIsEditing] = useState(false);
  const [isClearing, setIsClearing] = useState(false);
  const [clearError, setClearError] = useState<ResolverError | null>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const shouldRestoreFocus = useRef(false);
  const recorded = definition.read(facts);
  const { noun, title } = definition;

  useEffect(() => {
    if (shouldRestoreFocus.current && !isEditing) {
      shouldRestoreFocus.current = false;
      actionsRef.current?.querySelector('button')?.focus();
    }
  });

  const close = (): void => {
    shouldRestoreFocus.current = true;
    setIsEditing(false);
  };

  const clear = async (): Promise<void> => {
    setIsClearing(true);
    setClearError(null);
    const answer = await callResolver(agentKeys.recordFact, {
      change: { fact: definition.fact, value: null },
    });
    setIsClearing(false);

    if (!answer.ok) {
      setClearError(answer.error);
      return;
    }
    shouldRestoreFocus.current = true;
    onChanged(answer.data, `${title} cleared.`);
  };

  return (
    <li data-testid={testId}>
      <Stack space="space.100">
        <Inline space="space.100" spread="space-between" alignBlock="start">
          <Stack space="space.025">
            <Text weight="semibold">{title}</Text>
            {recorded === null ? (
              <Text color="color.text.subtlest">Not recorded</Text>
            ) : (
              <Text color="color.text.subtle">{summariseFact(definition, recorded, viewer)}</Text>
            )}
          </Stack>
          {isEditing ? null : (
            <div ref={actionsRef}>
              <Inline space="space.050">
                <Button
                  spacing="compact"
                  aria-label={`${recorded === null ? 'Record' : 'Edit'} ${noun}`}
                  onClick={() => {
                    setClearError(null);
                    setIsEditing(true);
                  }}
                >
                  {recorded === null ? 'Record' : 'Edit'}
                </Button>
                {recorded === null ? null : (
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    aria-label={`Clear ${noun}`}
                    isLoading={isClearing}
                    onClick={() => void clear()}
                  >
                    Clear
                  </Button>
                )}
              </Inline>
            </div>
          )}
        </Inline>
        {clearError === null ? null : (
          <ResolverErrorMessage error={clearError} titles={factErrorTitles} headingLevel="h3" />
        )}
        {isEditing ? (
          <FactForm
            definition={definition}
            label={`${recorded === null ? 'Record' : 'Edit'} ${noun}`}
            initialValues={recorded ?? {}}
            calendarTimeZone={calendarTimeZone}
            onSaved={(overview) => {
              close();
              onChanged(overview, `${title} saved.`);
            }}
            onCancel={close}
            testId={`${testId}-form`}
          />
        ) : null}
      </Stack>
    </li>
  );
};
