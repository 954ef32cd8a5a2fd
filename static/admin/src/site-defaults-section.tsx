import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';

import { adminKeys } from '../../../src/contracts/admin';
import type { ProjectSettingsView } from '../../../src/contracts/project';
import { ProjectSettingsEditor } from '../../project/src/project-settings-editor';
import type { EditorActions } from '../../project/src/section-props';
import { callResolver } from '../../shared/call-resolver';

/** Props of {@link SiteDefaultsSection}. */
export interface SiteDefaultsSectionProps {
  /** The site defaults as the admin resolver answered them. */
  initial: ProjectSettingsView;
  /** Called once a save is taken, with what the server now holds. */
  onSaved: (view: ProjectSettingsView) => void;
  testId?: string;
}

const siteActions: EditorActions = {
  save: (config) => callResolver(adminKeys.saveSiteDefaults, { config }),
  reset: null,
  searchAccounts: (query) => callResolver(adminKeys.searchUsers, { query }),
};

/**
 * Every site default (company name, preset, mapping, wording, calendar, rules, checklists,
 * special accounts, export and import) in the project page's editor: one draft, one save.
 */
export const SiteDefaultsSection = ({
  initial,
  onSaved,
  testId = 'site-defaults-section',
}: SiteDefaultsSectionProps) => {
  return (
    <Stack space="space.200" testId={testId}>
      <Stack space="space.100">
        <Heading size="medium" as="h2">
          Site defaults
        </Heading>
        <Text as="p" color="color.text.subtle">
          What every project starts from. Edit any tab, then save once: every change on every tab is
          saved together.
        </Text>
      </Stack>
      <ProjectSettingsEditor
        initial={initial}
        actions={siteActions}
        onSaved={onSaved}
        testId="site-defaults-editor"
      />
    </Stack>
  );
};
