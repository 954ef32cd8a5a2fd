import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import type { PortalGuide } from '../../../src/contracts/portal';
import { GuideSection } from './guide-section';
import { WaitingOnYouMessage } from './waiting-on-you-message';

/** Props of {@link RequestGuide}. */
export interface RequestGuideProps {
  /** The guide the portal resolver answered with. */
  guide: PortalGuide;
  testId?: string;
}

/**
 * What the customer reads about their request: the status in plain words, who acts next (or,
 * when the request waits on them, a warning saying what they can do), what happens next, tips
 * and the promise.
 */
export const RequestGuide = ({ guide, testId = 'request-guide' }: RequestGuideProps) => {
  const { explanation } = guide;
  const headline =
    explanation.headline.trim() || `Your request's status is ${explanation.statusName}.`;

  return (
    <Stack space="space.250" testId={testId}>
      {explanation.waitsOnCustomer ? (
        <WaitingOnYouMessage headline={headline} customerCanDo={explanation.customerCanDo} />
      ) : (
        <Stack space="space.100">
          <Heading size="small" as="h2">
            {headline}
          </Heading>
          {explanation.actsNextLabel.trim() === '' ? null : (
            <Text as="p">
              <Text weight="semibold">Who acts next:</Text> {explanation.actsNextLabel}
            </Text>
          )}
        </Stack>
      )}
      <GuideSection title="What happens next" text={explanation.whatHappensNext} />
      {explanation.waitsOnCustomer ? null : (
        <GuideSection title="What you can do now" items={explanation.customerCanDo} />
      )}
      <GuideSection title="Tips" items={explanation.tips} />
      {explanation.promise ? (
        <GuideSection title="Our promise" text={explanation.promise.text} />
      ) : null}
    </Stack>
  );
};
