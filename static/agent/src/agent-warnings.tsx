import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

import type { AgentWarningCode } from '../../../src/contracts/agent';

/** Props of {@link AgentWarnings}. */
export interface AgentWarningsProps {
  /** The warnings the resolver raised for this issue, in its order. */
  warnings: readonly AgentWarningCode[];
  testId?: string;
}

// Typed for lookup by any code, since a newer backend may raise one this bundle has no words for.
const warningText: Partial<Record<string, string>> = {
  NO_REQUEST_TYPE:
    "This issue has no request type: the customer can't see it in the portal, nor this explanation.",
  STATUS_NOT_MAPPED:
    "This status isn't mapped to the Status Guide catalogue; customers see a general explanation.",
  NO_CALENDAR:
    'No business calendar is set for this project, so the promise clocks count a plain Monday-to-Friday week without public holidays. Due times may be off until an admin sets the calendar.',
  REOPEN_TARGET_UNREACHABLE:
    "A customer's comment won't reopen this request: the workflow offers no way from here to the status the reopen rule names. Pick a status this workflow has in the project's Status Guide settings.",
} satisfies Record<AgentWarningCode, string>;

const unknownWarningText = 'Part of the Status Guide may not apply to this issue.';

/** One warning message per problem the agent should know before trusting the panel. */
export const AgentWarnings = ({ warnings, testId = 'agent-warnings' }: AgentWarningsProps) => {
  if (warnings.length === 0) {
    return null;
  }

  return (
    <Stack space="space.100" testId={testId}>
      {warnings.map((code) => (
        <SectionMessage key={code} appearance="warning" testId={`${testId}-${code}`}>
          <Text as="p">{warningText[code] ?? unknownWarningText}</Text>
        </SectionMessage>
      ))}
    </Stack>
  );
};
