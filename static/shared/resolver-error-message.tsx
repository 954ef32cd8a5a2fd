import { Text } from '@atlaskit/primitives/compiled';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ReactNode } from 'react';

import type { ResolverError } from '../../src/contracts/result';
import { describeError, type ErrorTitles } from './describe-error';

/** Props of {@link ResolverErrorMessage}. */
export interface ResolverErrorMessageProps {
  /** The error the resolver answered with. */
  error: ResolverError;
  /** The app's own words for the codes it wants to say differently. */
  titles?: ErrorTitles;
  /** Called when the user asks to try again; offered only for failures a retry may fix. */
  onRetry?: () => void;
  /** Heading level of the message's title, so it fits the page's outline. */
  headingLevel?: 'h2' | 'h3';
  /** More to show under the resolver's message (the field messages no field shows, say). */
  children?: ReactNode;
  testId?: string;
}

/** An error section message: the app's words for the error, then the resolver's own message. */
export const ResolverErrorMessage = ({
  error,
  titles = {},
  onRetry,
  headingLevel = 'h2',
  children,
  testId = 'resolver-error-message',
}: ResolverErrorMessageProps) => {
  const { title, detail, canRetry } = describeError(error, titles);
  const actions =
    canRetry && onRetry
      ? [
          <SectionMessageAction key="retry" onClick={onRetry}>
            Try again
          </SectionMessageAction>,
        ]
      : [];

  return (
    <SectionMessage
      appearance="error"
      title={title}
      headingLevel={headingLevel}
      actions={actions}
      testId={testId}
    >
      {detail === null ? null : <Text as="p">{detail}</Text>}
      {children}
    </SectionMessage>
  );
};
