import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import { adminKeys, type InheritingProjectProblems } from '../../../src/contracts/admin';
import { ProjectSettingsEditor } from '../../project/src/project-settings-editor';
import type { EditorActions } from '../../project/src/section-props';
import { callResolver } from '../../shared/call-resolver';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';

/** Props of {@link SiteDefaultsSection}. */
export interface SiteDefaultsSectionProps {
  /** Called after a save with the projects following the defaults where some would not work. */
  onSaved?: (inheritedProblems: InheritingProjectProblems[]) => void;
  testId?: string;
}

const siteActions = (onSaved: SiteDefaultsSectionProps['onSaved']): EditorActions => ({
  save: async (config) => {
    const answer = await callResolver(adminKeys.saveSiteDefaults, { config });
    if (answer.ok) onSaved?.(answer.data.inheritedProblems);
    return answer;
  },
  reset: null,
  searchAccounts: (query) => callResolver(adminKeys.searchUsers, { query }),
});

const errorTitles: ErrorTitles = {
  FORBIDDEN: "You don't have access to the Status Guide settings.",
  UNAVAILABLE: "We can't show the site defaults right now.",
  INTERNAL: "We can't show the site defaults right now.",
};

/**
 * Every site default (preset, mapping, wording, calendar, rules, special accounts, export and
 * import) in the project page's editor, opened on demand below the quick settings.
 */
export const SiteDefaultsSection = ({
  onSaved,
  testId = 'site-defaults-section',
}: SiteDefaultsSectionProps) => {
  const regionId = useId();
  const [isOpen, setIsOpen] = useState(false);

  return (
    <Stack space="space.150" testId={testId}>
      <Heading size="medium" as="h2">
        Every site default
      </Heading>
      <Text as="p" color="color.text.subtle">
        The preset, status mapping, wording, calendar, rules and special accounts every project
        starts from.
      </Text>
      <Button
        aria-expanded={isOpen}
        aria-controls={regionId}
        onClick={() => {
          setIsOpen(!isOpen);
        }}
      >
        {isOpen ? 'Close the site defaults' : 'Edit every site default'}
      </Button>
      <div id={regionId}>{isOpen ? <SiteDefaultsEditor onSaved={onSaved} /> : null}</div>
    </Stack>
  );
};

const SiteDefaultsEditor = ({ onSaved }: { onSaved: SiteDefaultsSectionProps['onSaved'] }) => {
  const { loading, error, data, retry } = useInvoke(adminKeys.getSiteDefaults, {});

  if (loading) return <LoadingState label="Loading the site defaults" />;
  if (error) return <ResolverErrorMessage error={error} titles={errorTitles} onRetry={retry} />;
  return (
    <ProjectSettingsEditor
      initial={data}
      actions={siteActions(onSaved)}
      testId="site-defaults-editor"
    />
  );
};
