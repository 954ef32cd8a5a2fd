import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import {
  adminKeys,
  type AdminOverview,
  type InheritingProjectProblems,
} from '../../../src/contracts/admin';
import { callResolver } from '../../shared/call-resolver';
import type { ErrorTitles } from '../../shared/describe-error';
import { LoadingState } from '../../shared/loading-state';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { useInvoke } from '../../shared/use-invoke';
import { CatalogueTable } from './catalogue-table';
import { InheritedProblemsWarning } from './inherited-problems-warning';
import { ProjectList } from './project-list';
import { SiteDefaultsSection } from './site-defaults-section';

/** Props of {@link AdminSettings}. */
export interface AdminSettingsProps {
  testId?: string;
}

const errorTitles: ErrorTitles = {
  FORBIDDEN: "You don't have access to the Status Guide settings.",
  UNAVAILABLE: "We can't show the Status Guide settings right now.",
  INTERNAL: "We can't show the Status Guide settings right now.",
};

// A project admin refused here still has a page of their own: each project's settings page.
const projectSettingsPointer = (
  <Text as="p">
    If you administer a project, its own Status Guide settings are in that project: open its Project
    settings, then Status Guide under Apps.
  </Text>
);

/**
 * Loads the site defaults and the overview side by side, then shows the one editor of every site
 * default, the service-desk projects and the catalogue. The catalogue is read again after a save,
 * since its headlines carry the company name and the preset's words.
 */
export const AdminSettings = ({ testId = 'admin-settings' }: AdminSettingsProps) => {
  const overview = useInvoke(adminKeys.getSettings, {});
  const siteDefaults = useInvoke(adminKeys.getSiteDefaults, {});
  const [refreshed, setRefreshed] = useState<AdminOverview | null>(null);
  const [inheritedProblems, setInheritedProblems] = useState<InheritingProjectProblems[] | null>(
    null,
  );

  if (overview.loading || siteDefaults.loading) {
    return <LoadingState label="Loading the Status Guide settings" testId={testId} />;
  }
  if (overview.error !== null) {
    return (
      <ResolverErrorMessage
        error={overview.error}
        titles={errorTitles}
        onRetry={overview.retry}
        testId={testId}
      >
        {overview.error.code === 'FORBIDDEN' ? projectSettingsPointer : null}
      </ResolverErrorMessage>
    );
  }
  if (siteDefaults.error !== null) {
    return (
      <ResolverErrorMessage
        error={siteDefaults.error}
        titles={errorTitles}
        onRetry={siteDefaults.retry}
        testId={testId}
      >
        {siteDefaults.error.code === 'FORBIDDEN' ? projectSettingsPointer : null}
      </ResolverErrorMessage>
    );
  }

  const refresh = async (): Promise<void> => {
    const answer = await callResolver(adminKeys.getSettings, {});
    if (answer.ok) setRefreshed(answer.data);
  };

  const { projects, catalogue, inheritedProblems: loadedProblems } = refreshed ?? overview.data;
  return (
    <Stack space="space.500" testId={testId}>
      <SiteDefaultsSection
        initial={siteDefaults.data}
        onSaved={(_view, problems) => {
          setInheritedProblems(problems);
          void refresh();
        }}
      />
      <InheritedProblemsWarning projects={inheritedProblems ?? loadedProblems} />
      <ProjectList projects={projects} />
      <CatalogueTable entries={catalogue} />
    </Stack>
  );
};
