import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import { AdminSettings } from './admin-settings';

/** Props of {@link AdminPage}. */
export interface AdminPageProps {
  testId?: string;
}

const pageStyle = { padding: token('space.300'), maxWidth: '60rem' } satisfies CSSProperties;

/**
 * The admin page: its title and introduction, then the settings once they are loaded. Its main
 * landmark is named by its title, so it stands apart from the main landmark of Jira's page around
 * the frame.
 */
export const AdminPage = ({ testId = 'admin-page' }: AdminPageProps) => {
  const titleId = useId();

  return (
    <Box as="main" style={pageStyle} aria-labelledby={titleId} testId={testId}>
      <Stack space="space.400">
        <Stack space="space.100">
          <Heading size="large" as="h1" id={titleId}>
            Status Guide
          </Heading>
          <Text as="p" color="color.text.subtle">
            The site defaults: how the Status Guide names your team to customers, the words, the
            calendar, the rules and the checklists. Each service-desk project can have settings of
            its own.
          </Text>
        </Stack>
        <AdminSettings />
      </Stack>
    </Box>
  );
};
