import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import type { AppliedActionView } from '../../../src/contracts/agent';
import { plainListStyles } from '../../shared/plain-list-styles';
import { describeAction } from './describe-action';
import { formatInstant, type ViewerClock } from './format-instant';
import { RowEndLozenge } from './row-end-lozenge';

/** Props of {@link RecentActions}. */
export interface RecentActionsProps {
  /** The automatic actions the app applied to this request, as the resolver ordered them. */
  actions: readonly AppliedActionView[];
  /** The viewer's locale and time zone, for the time of each action. */
  clock: ViewerClock;
  testId?: string;
}

/**
 * The app's recent automatic actions on the request: in a plain sentence what it did and when
 * the customer wrote (else its summary and reason), and when it acted; an action the workflow
 * refused is marked so, and its summary says why.
 */
export const RecentActions = ({
  actions,
  clock,
  testId = 'recent-actions',
}: RecentActionsProps) => {
  const headingId = useId();

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2" id={headingId}>
        Recent automatic actions
      </Heading>
      {actions.length === 0 ? (
        <Text as="p" color="color.text.subtle">
          The app hasn't changed this request yet.
        </Text>
      ) : (
        <ul style={plainListStyles.compact} aria-labelledby={headingId}>
          {actions.map((action) => {
            const sentence = describeAction(action, clock);
            return (
              <li key={`${action.at}:${action.rule}`}>
                <Stack space="space.025">
                  <Inline space="space.100" spread="space-between" alignBlock="start">
                    <Text weight="semibold">{sentence ?? action.summary}</Text>
                    {action.isApplied ? null : (
                      <RowEndLozenge appearance="removed" text="Refused" />
                    )}
                  </Inline>
                  <Text color="color.text.subtle">
                    {sentence === null ? action.reason : action.summary}
                  </Text>
                  <Text size="small" color="color.text.subtlest">
                    <time dateTime={action.at}>{formatInstant(action.at, clock)}</time>
                  </Text>
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
};
