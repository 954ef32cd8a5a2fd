import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

import { GuideSection } from './guide-section';
import { usePanelText } from './panel-text';

/** Props of {@link WaitingOnYouMessage}. */
export interface WaitingOnYouMessageProps {
  /** The status in plain words. */
  headline: string;
  /** What the customer can do now to move the request on. */
  customerCanDo: readonly string[];
  testId?: string;
}

/** The warning that leads the guide when the request waits on the customer. */
export const WaitingOnYouMessage = ({
  headline,
  customerCanDo,
  testId = 'waiting-on-you-message',
}: WaitingOnYouMessageProps) => {
  const text = usePanelText();
  const actions = customerCanDo.length > 0 ? customerCanDo : [text('fallbackAction')];

  return (
    <SectionMessage
      appearance="warning"
      title={text('actionNeeded')}
      headingLevel="h2"
      testId={testId}
    >
      <Stack space="space.150">
        <Text as="p">{headline}</Text>
        <GuideSection title={text('whatYouCanDo')} items={actions} />
      </Stack>
    </SectionMessage>
  );
};
