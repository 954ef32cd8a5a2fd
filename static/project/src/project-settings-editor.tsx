import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useState } from 'react';

import type { ProjectConfig, ProjectSettingsView } from '../../../src/contracts/project';
import type { ResolverError } from '../../../src/contracts/result';
import { ResolverErrorMessage } from '../../shared/resolver-error-message';
import { type FieldErrors, loadConfigChecker } from './field-errors';
import { ProblemList } from './problem-list';
import { describeProblem, projectSections } from './project-sections';
import type { EditorActions } from './section-props';
import { useDraftErrors, useMissingTargets } from './use-draft-errors';

/** Props of {@link ProjectSettingsEditor}. */
export interface ProjectSettingsEditorProps {
  initial: ProjectSettingsView;
  actions: EditorActions;
  /** Called once a save or a reset is taken, with what the server now holds. */
  onSaved?: (view: ProjectSettingsView) => void;
  testId?: string;
}

const panelStyle = { width: '100%', paddingBlockStart: token('space.200') } satisfies CSSProperties;

type Outcome = { kind: 'saved' | 'reset' } | { kind: 'refused'; error: ResolverError } | null;

/**
 * The project's configuration in tabs, edited as one draft and saved as one document: checked
 * first in the browser, then by the server. A refused save keeps every edit, with the message
 * beside its field and listed above.
 */
export const ProjectSettingsEditor = ({
  initial,
  actions,
  onSaved,
  testId = 'project-settings-editor',
}: ProjectSettingsEditorProps) => {
  const [view, setView] = useState(initial);
  const [draft, setDraft] = useState<ProjectConfig>(initial.config);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isSaving, setIsSaving] = useState(false);
  const errors = {
    ...serverErrors,
    ...useMissingTargets(draft, view),
    ...useDraftErrors(draft),
  };

  const change = (next: ProjectConfig) => {
    setDraft(next);
    setServerErrors({});
    setOutcome(null);
  };

  const apply = async (kind: 'saved' | 'reset') => {
    setIsSaving(true);
    const result =
      kind === 'saved' || actions.reset === null
        ? await actions.save(draft)
        : await actions.reset();
    setIsSaving(false);

    if (!result.ok) {
      setServerErrors(result.error.fields ?? {});
      setOutcome({ kind: 'refused', error: result.error });
      return;
    }
    setView(result.data);
    setDraft(result.data.config);
    setServerErrors({});
    setOutcome({ kind });
    onSaved?.(result.data);
  };

  // The messages are on the page already; a draft the schema refuses is not sent.
  const save = async () => {
    const check = await loadConfigChecker();
    if (!check(draft).ok) return;
    await apply('saved');
  };

  return (
    <Stack space="space.300" testId={testId}>
      {view.storedSettingsProblem === null ? null : (
        <SectionMessage
          appearance="warning"
          title={
            view.projectKey === null
              ? "We couldn't use the stored site defaults"
              : "We couldn't use this project's stored settings"
          }
          headingLevel="h2"
          testId={`${testId}-stored-problem`}
        >
          <Text as="p">{view.storedSettingsProblem}</Text>
          <Text as="p">The settings below are the ones in force until you save.</Text>
        </SectionMessage>
      )}
      {view.projectKey === null ? null : (
        <Text as="p" color="color.text.subtle">
          {view.inheritsSiteDefaults
            ? 'This project follows the site defaults until you save settings of its own.'
            : 'This project has settings of its own.'}
        </Text>
      )}
      <Tabs id={`${testId}-tabs`} testId={`${testId}-tabs`}>
        <TabList>
          {projectSections.map((section) => (
            <Tab key={section.id}>{section.title}</Tab>
          ))}
        </TabList>
        {projectSections.map(({ id, Section }) => (
          <TabPanel key={id}>
            <Box style={panelStyle}>
              <Section
                draft={draft}
                onChange={change}
                view={view}
                errors={errors}
                searchAccounts={actions.searchAccounts}
              />
            </Box>
          </TabPanel>
        ))}
      </Tabs>
      <ProblemList
        title="Fix these before saving"
        problems={Object.entries(errors).map(([path, message]) => describeProblem(path, message))}
        testId={`${testId}-problems`}
      />
      {outcome?.kind === 'refused' ? (
        <ResolverErrorMessage error={outcome.error} headingLevel="h2" />
      ) : null}
      {outcome?.kind === 'saved' || outcome?.kind === 'reset' ? (
        <SectionMessage appearance="success" title="Settings saved" headingLevel="h2">
          <Text as="p">
            {outcome.kind === 'saved'
              ? view.projectKey === null
                ? 'Every project without settings of its own uses them from now on.'
                : 'The portal, the agent panel and the rules use them from now on.'
              : 'This project follows the site defaults again.'}
          </Text>
        </SectionMessage>
      ) : null}
      <Inline space="space.100">
        <Button
          appearance="primary"
          onClick={() => {
            void save();
          }}
          isLoading={isSaving}
          testId={`${testId}-save`}
        >
          Save settings
        </Button>
        {actions.reset === null ? null : (
          <Button
            onClick={() => {
              void apply('reset');
            }}
            isDisabled={view.inheritsSiteDefaults || isSaving}
          >
            Use the site defaults
          </Button>
        )}
      </Inline>
    </Stack>
  );
};
