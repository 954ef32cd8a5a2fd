import { Text } from '@atlaskit/primitives/compiled';

import type { PromiseDue } from '../../../src/contracts/portal';
import type { PromiseSummary } from '../../../src/contracts/status-guide';
import { formatPromiseDue, type ReaderClock } from './format-promise-due';
import { GuideSection } from './guide-section';

/** Props of {@link PromiseSection}. */
export interface PromiseSectionProps {
  /** The promise of the current status, in words. */
  promise: PromiseSummary | null;
  /** When the promise falls due for this request, if it runs. */
  due: PromiseDue | null;
  /** The customer's locales and time zone. */
  reader: ReaderClock;
  /** The installer's phone number, when the team recorded it. */
  installerPhone?: string | undefined;
  testId?: string;
}

/**
 * The status's promise and what it means for this request: the date and time it is due in the
 * customer's own time, or, once it is late, a plain apology instead of a date in the past.
 */
export const PromiseSection = ({
  promise,
  due,
  reader,
  installerPhone,
  testId = 'promise-section',
}: PromiseSectionProps) => {
  const dueText = due === null || !due.isOnTrack ? null : formatPromiseDue(due.dueAt, reader);
  const isLate = due !== null && !due.isOnTrack;
  const isInstallerSilent = isLate && due.clock === 'installer-silence';

  if (promise === null && dueText === null && !isLate) {
    return null;
  }

  return (
    <GuideSection title="Our promise" text={promise?.text ?? ''} testId={testId}>
      {dueText === null || due === null ? null : (
        <Text as="p">
          For your request, that means by{' '}
          <Text weight="semibold">
            <time dateTime={due.dueAt}>{dueText}</time>
          </Text>
          , your local time.
        </Text>
      )}
      {isInstallerSilent ? (
        <Text as="p">
          It has been a week since the installer booked your job without being in touch. Please ring
          them{installerPhone === undefined ? '' : ` on ${installerPhone}`}; if you don&apos;t have
          their number, add a comment here and we&apos;ll send it to you.
        </Text>
      ) : isLate ? (
        <Text as="p">
          This is taking longer than we promised, and we&apos;re sorry for the wait. We&apos;re on
          it and will update this request as soon as we can.
        </Text>
      ) : null}
    </GuideSection>
  );
};
