import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import { projectKeys } from '../../../src/contracts/project';
import { callResolver } from '../../shared/call-resolver';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';
import { ProjectSettingsEditor } from './project-settings-editor';
import type { EditorActions } from './section-props';

/** Props of {@link ProjectSettingsPage}. */
export interface ProjectSettingsPageProps {
  testId?: string;
}

const pageStyle = { padding: token('space.300'), maxWidth: '64rem' } satisfies CSSProperties;

const projectActions: EditorActions = {
  save: (config) => callResolver(projectKeys.saveSettings, { config }),
  reset: () => callResolver(projectKeys.resetSettings, {}),
  searchAccounts: (query) => callResolver(projectKeys.searchUsers, { query }),
};

const errorTitles: ErrorTitles = {
  FORBIDDEN: "You don't have access to this project's Status Guide settings.",
  NOT_FOUND: 'This page is not open on a project.',
  UNAVAILABLE: "We can't show this project's settings right now.",
  INTERNAL: "We can't show this project's settings right now.",
};

/**
 * The project settings page: its title, then the project's configuration once it is loaded, or
 * why it cannot be shown. Its main landmark is named by its title.
 */
export const ProjectSettingsPage = ({
  testId = 'project-settings-page',
}: ProjectSettingsPageProps) => {
  const titleId = useId();
  const { loading, error, data, retry } = useInvoke(projectKeys.getSettings, {});

  return (
    <Box as="main" style={pageStyle} aria-labelledby={titleId} testId={testId}>
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading size="large" as="h1" id={titleId}>
            Status Guide for {data?.projectKey ?? 'this project'}
          </Heading>
          <Text as="p" color="color.text.subtle">
            Match your workflow to the statuses the guide knows, and set its words, calendar, rules
            and special accounts for this project.
          </Text>
        </Stack>
        {loading ? <LoadingState label="Loading this project's settings" /> : null}
        {error ? <ResolverErrorMessage error={error} titles={errorTitles} onRetry={retry} /> : null}
        {data ? <ProjectSettingsEditor initial={data} actions={projectActions} /> : null}
      </Stack>
    </Box>
  );
};
