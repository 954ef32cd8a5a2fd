import { Box } from '@atlaskit/primitives/compiled';
import Spinner from '@atlaskit/spinner';

/** Props of {@link LoadingState}. */
export interface LoadingStateProps {
  /** What is loading, read out by screen readers ("Loading your request's guide"). */
  label: string;
  testId?: string;
}

/** A spinner shown while a panel waits for its data; announced politely to screen readers. */
export const LoadingState = ({ label, testId = 'loading-state' }: LoadingStateProps) => (
  <Box role="status" aria-live="polite" testId={testId}>
    <Spinner size="medium" label={label} />
  </Box>
);
