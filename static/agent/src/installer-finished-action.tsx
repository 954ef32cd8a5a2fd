import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import { agentKeys, type AgentOverview } from '../../../src/contracts/agent';
import type { ResolverError } from '../../../src/contracts/result';
import { callResolver } from '../../shared/call-resolver';
import type { ErrorTitles } from '../../shared/describe-error';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';

/** The catalogue entries in which the installer has the request. */
const withInstaller = new Set([
  'assigned-to-installer',
  'installer-booked',
  'installer-not-booked',
]);

const notResolved = "The request wasn't resolved.";

const errorTitles: ErrorTitles = {
  NOT_FOUND: notResolved,
  FORBIDDEN: "You can't resolve this request.",
  INVALID_INPUT: notResolved,
  UNAVAILABLE: notResolved,
  INTERNAL: notResolved,
};

/** Props of {@link InstallerFinishedAction}. */
export interface InstallerFinishedActionProps {
  /** The catalogue entry of the request's status; the action shows while the installer has it. */
  entryId: string | null;
  /** Called with the new overview once the request was resolved. */
  onOverviewChange: (overview: AgentOverview) => void;
  testId?: string;
}

/**
 * Lets the agent record that the installer finished the job, which resolves a field-maintenance
 * request; shown only while the installer has the request. A refusal says why.
 */
export const InstallerFinishedAction = ({
  entryId,
  onOverviewChange,
  testId = 'installer-finished-action',
}: InstallerFinishedActionProps) => {
  const headingId = useId();
  const [error, setError] = useState<ResolverError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  if (entryId === null || !withInstaller.has(entryId)) return null;

  const record = async (): Promise<void> => {
    setIsSaving(true);
    const answer = await callResolver(agentKeys.recordInstallerFinished, {});
    setIsSaving(false);
    if (answer.ok) {
      setError(null);
      onOverviewChange(answer.data);
      return;
    }
    setError(answer.error);
  };

  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h2" id={headingId}>
          Installer's job
        </Heading>
        <Text as="p" color="color.text.subtle">
          When the installer tells you the job is done, record it here: the request moves to
          Resolved and the customer is invited to give feedback.
        </Text>
        <div>
          <Button appearance="primary" isLoading={isSaving} onClick={() => void record()}>
            Installer finished
          </Button>
        </div>
        <div aria-live="polite">
          {error === null ? null : (
            <ResolverErrorMessage error={error} titles={errorTitles} headingLevel="h3" />
          )}
        </div>
      </Stack>
    </section>
  );
};
