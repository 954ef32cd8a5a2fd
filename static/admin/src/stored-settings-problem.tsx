import { Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

/** Props of {@link StoredSettingsProblem}. */
export interface StoredSettingsProblemProps {
  /** Why the stored settings could not be used, as the resolver put it. */
  problem: string;
  testId?: string;
}

/** Warns that the stored settings were unusable, so the form shows the defaults in their place. */
export const StoredSettingsProblem = ({
  problem,
  testId = 'stored-settings-problem',
}: StoredSettingsProblemProps) => (
  <SectionMessage
    appearance="warning"
    title="We couldn't use the stored settings"
    headingLevel="h2"
    testId={testId}
  >
    <Text as="p">{problem}</Text>
    <Text as="p">Until you save, the Status Guide uses its default settings, shown below.</Text>
  </SectionMessage>
);
