import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { type RefObject, useMemo, useRef } from 'react';

import { adminKeys, type InheritingProjectProblems } from '../../../src/contracts/admin';
import type { ProjectSettingsView } from '../../../src/contracts/project';
import { ProjectSettingsEditor } from '../../project/src/project-settings-editor';
import type { EditorActions } from '../../project/src/section-props';
import { callResolver } from '../../shared/call-resolver';

/** Props of {@link SiteDefaultsSection}. */
export interface SiteDefaultsSectionProps {
  /** The site defaults as the admin resolver answered them. */
  initial: ProjectSettingsView;
  /**
   * Called once a save is taken, with what the server now holds and the projects following the
   * defaults where some of them would not work.
   */
  onSaved: (view: ProjectSettingsView, inheritedProblems: InheritingProjectProblems[]) => void;
  testId?: string;
}

/**
 * The editor's actions on the site defaults. A save's answer also names the projects where the
 * saved defaults would not work; they are kept in `inheritedProblems` for the editor's `onSaved`.
 */
const useSiteActions = (): {
  actions: EditorActions;
  inheritedProblems: RefObject<InheritingProjectProblems[]>;
} => {
  const inheritedProblems = useRef<InheritingProjectProblems[]>([]);
  const actions = useMemo<EditorActions>(
    () => ({
      save: async (config) => {
        const answer = await callResolver(adminKeys.saveSiteDefaults, { config });
        if (answer.ok) inheritedProblems.current = answer.data.inheritedProblems;
        return answer;
      },
      reset: null,
      searchAccounts: (query) => callResolver(adminKeys.searchUsers, { query }),
    }),
    [],
  );
  return { actions, inheritedProblems };
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
  const { actions, inheritedProblems } = useSiteActions();
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
        actions={actions}
        onSaved={(view) => {
          onSaved(view, inheritedProblems.current);
        }}
        testId="site-defaults-editor"
      />
    </Stack>
  );
};
