import { Box, Stack } from '@atlaskit/primitives/compiled';
import { type CSSProperties, useState } from 'react';

import {
  adminKeys,
  type AdminOverview,
  type InheritingProjectProblems,
} from '../../../src/contracts/admin';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';
import { CatalogueTable } from './catalogue-table';
import { InheritedProblemsWarning } from './inherited-problems-warning';
import { ProjectList } from './project-list';
import { SettingsForm } from './settings-form';
import { SiteDefaultsSection } from './site-defaults-section';
import { StoredSettingsProblem } from './stored-settings-problem';

/** Props of {@link AdminSettings}. */
export interface AdminSettingsProps {
  testId?: string;
}

const errorTitles: ErrorTitles = {
  FORBIDDEN: "You don't have access to the Status Guide settings.",
  UNAVAILABLE: "We can't show the Status Guide settings right now.",
  INTERNAL: "We can't show the Status Guide settings right now.",
};

const formColumnStyle = { maxWidth: '36rem' } satisfies CSSProperties;

/**
 * Loads the site-wide settings once, then shows any problem with the stored ones, the form to
 * edit them, the projects where the site defaults would not work and the catalogue. After a save
 * (of the quick settings or of every default) it shows what the server answered.
 */
export const AdminSettings = ({ testId = 'admin-settings' }: AdminSettingsProps) => {
  const { loading, error, data, retry } = useInvoke(adminKeys.getSettings, {});
  const [saved, setSaved] = useState<AdminOverview | null>(null);
  const [inheritedProblems, setInheritedProblems] = useState<InheritingProjectProblems[] | null>(
    null,
  );

  if (loading) {
    return <LoadingState label="Loading the Status Guide settings" testId={testId} />;
  }
  if (error) {
    return (
      <ResolverErrorMessage error={error} titles={errorTitles} onRetry={retry} testId={testId} />
    );
  }

  const overview = saved ?? data;
  return (
    <Stack space="space.400" testId={testId}>
      {overview.storedSettingsProblem === null ? null : (
        <StoredSettingsProblem problem={overview.storedSettingsProblem} />
      )}
      <Box style={formColumnStyle}>
        <SettingsForm
          settings={overview.settings}
          onSaved={(next) => {
            setSaved(next);
            setInheritedProblems(next.inheritedProblems);
          }}
        />
      </Box>
      <SiteDefaultsSection onSaved={setInheritedProblems} />
      <InheritedProblemsWarning projects={inheritedProblems ?? overview.inheritedProblems} />
      <ProjectList projects={overview.projects} />
      <CatalogueTable entries={overview.catalogue} />
    </Stack>
  );
};
