import { Text } from '@atlaskit/primitives/compiled';

import type { PromiseDue } from '../../../src/contracts/portal';
import type { PromiseSummary } from '../../../src/contracts/status-guide';
import { formatPromiseDue, type ReaderClock } from './format-promise-due';
import { GuideSection } from './guide-section';
import { usePanelText } from './panel-text';

/** Props of {@link PromiseSection}. */
export interface PromiseSectionProps {
  /** The promise of the current status, in words. */
  promise: PromiseSummary | null;
  /** When the promise falls due for this request, if it runs. */
  due: PromiseDue | null;
  /** The customer's locales and time zone. */
  reader: ReaderClock;
  testId?: string;
}

/**
 * The status's promise and what it means for this request: the date and time it is due in the
 * customer's own time, or, once it is late, what the catalogue says then (an apology, or what the
 * customer can do) instead of a date in the past.
 */
export const PromiseSection = ({
  promise,
  due,
  reader,
  testId = 'promise-section',
}: PromiseSectionProps) => {
  const text = usePanelText();
  const dueText = due === null || !due.isOnTrack ? null : formatPromiseDue(due.dueAt, reader);
  const isLate = due !== null && !due.isOnTrack;

  if (promise === null && dueText === null && !isLate) {
    return null;
  }

  return (
    <GuideSection title={text('ourPromise')} text={promise?.text ?? ''} testId={testId}>
      {dueText === null || due === null ? null : (
        <Text as="p">
          {text('dueBefore')}{' '}
          <Text weight="semibold">
            <time dateTime={due.dueAt}>{dueText}</time>
          </Text>
          {text('dueAfter')}
        </Text>
      )}
      {isLate && promise !== null ? <Text as="p">{promise.lateText}</Text> : null}
    </GuideSection>
  );
};
