import { Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

import type { ResolverError } from '../../../src/contracts/result';
import type { ErrorTitles } from '../../shared/describe-error';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';

/** How the last save went: saved, or refused with the resolver's error. */
export type SaveResult = { saved: true } | { saved: false; error: ResolverError };

/** Props of {@link SaveOutcome}. */
export interface SaveOutcomeProps {
  result: SaveResult;
  /** Messages about fields the form has no place for, listed under the error. */
  unplacedMessages: readonly string[];
  testId?: string;
}

const notSaved = "Your settings weren't saved.";

// The resolver's message, shown under the title, says what to fix.
const errorTitles: ErrorTitles = {
  NOT_FOUND: notSaved,
  FORBIDDEN: "You can't change these settings.",
  INVALID_INPUT: notSaved,
  UNAVAILABLE: notSaved,
  INTERNAL: notSaved,
};

/** The message after a save: a success, or the error with what the admin can do about it. */
export const SaveOutcome = ({
  result,
  unplacedMessages,
  testId = 'save-outcome',
}: SaveOutcomeProps) => {
  if (result.saved) {
    return (
      <SectionMessage appearance="success" title="Settings saved" headingLevel="h3" testId={testId}>
        <Text as="p">The Status Guide uses them from now on.</Text>
      </SectionMessage>
    );
  }

  return (
    <ResolverErrorMessage
      error={result.error}
      titles={errorTitles}
      headingLevel="h3"
      testId={testId}
    >
      {unplacedMessages.map((message) => (
        <Text as="p" key={message}>
          {message}
        </Text>
      ))}
    </ResolverErrorMessage>
  );
};
