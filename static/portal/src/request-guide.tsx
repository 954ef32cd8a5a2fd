import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { PortalGuide } from '../../../src/contracts/portal';
import { DetailList } from '../../shared/detail-list';
import { installerDetails, progressDetails } from './customer-fact-details';
import { DeferredWaitingOnYouMessage } from './deferred-parts';
import type { ReaderClock } from './format-promise-due';
import { GuideSection } from './guide-section';
import { usePanelText } from './panel-text';
import { PromiseSection } from './promise-section';
import { RoadAhead } from './road-ahead';

/** Props of {@link RequestGuide}. */
export interface RequestGuideProps {
  /** The guide the portal resolver answered with. */
  guide: PortalGuide;
  /** The customer's locales and time zone, for dates and times. */
  reader: ReaderClock;
  testId?: string;
}

const onHoldEntry = 'on-hold';
const factTermWidth = '9rem';

/**
 * What the customer reads about their request: the status in plain words, who acts next (or,
 * when the request waits on them, a warning saying what they can do), why it is on hold, what
 * happens next with the dispatch or stock date, their installer, tips, the promise with its
 * due date in their own time, and the likely road to resolution.
 */
export const RequestGuide = ({ guide, reader, testId = 'request-guide' }: RequestGuideProps) => {
  const text = usePanelText();
  const { explanation, facts } = guide;
  const headline =
    explanation.headline.trim() || text('statusFallback', { status: explanation.statusName });
  const progress = progressDetails(facts, reader.locales, text);
  const installer = installerDetails(facts, text);
  // A reason recorded for an earlier hold would mislead once the request has moved on.
  const holdReason = explanation.entryId === onHoldEntry ? (facts.holdReason ?? '') : '';

  return (
    <Stack space="space.250" testId={testId}>
      {explanation.waitsOnCustomer ? (
        <DeferredWaitingOnYouMessage
          headline={headline}
          customerCanDo={explanation.customerCanDo}
        />
      ) : (
        <Stack space="space.100">
          <Heading size="small" as="h2">
            {headline}
          </Heading>
          {explanation.actsNextLabel.trim() === '' ? null : (
            <Text as="p">
              <Text weight="semibold">{text('whoActsNext')}</Text> {explanation.actsNextLabel}
            </Text>
          )}
        </Stack>
      )}
      <GuideSection title={text('whyOnHold')} text={holdReason} />
      <GuideSection title={text('whatHappensNext')} text={explanation.whatHappensNext}>
        {progress.length === 0 ? null : <DetailList details={progress} termWidth={factTermWidth} />}
      </GuideSection>
      {installer.length === 0 ? null : (
        <GuideSection title={text('yourInstaller')}>
          <DetailList details={installer} termWidth={factTermWidth} />
        </GuideSection>
      )}
      {explanation.waitsOnCustomer ? null : (
        <GuideSection title={text('whatYouCanDo')} items={explanation.customerCanDo} />
      )}
      <GuideSection title={text('tips')} items={explanation.tips} />
      <PromiseSection promise={explanation.promise} due={guide.promiseDue} reader={reader} />
      <RoadAhead steps={guide.roadAhead} />
    </Stack>
  );
};
