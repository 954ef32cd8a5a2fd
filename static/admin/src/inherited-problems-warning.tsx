import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { router } from '@forge/bridge';

import type {
  InheritedSettingProblem,
  InheritingProjectProblems,
} from '../../../src/contracts/admin';
import { ruleTitleOf } from '../../project/src/rule-titles';
import { plainListStyles } from '../../shared/plain-list-styles';

/** Props of {@link InheritedProblemsWarning}. */
export interface InheritedProblemsWarningProps {
  /** The projects following the site defaults where some would not work; nothing renders if none. */
  projects: readonly InheritingProjectProblems[];
  testId?: string;
}

const titleOf = ({ field }: InheritedSettingProblem): string => {
  const rule = ruleTitleOf(field);
  if (rule !== undefined) return rule;
  return field.startsWith('statusMapping.')
    ? `Status mapping of "${field.slice('statusMapping.'.length)}"`
    : field;
};

/**
 * Warns, project by project, which site defaults the workflow of a project without settings of
 * its own cannot carry out, and why, with a link to that project's settings page. Its region is
 * polite, so the list a save brings is read out without taking the focus.
 */
export const InheritedProblemsWarning = ({
  projects,
  testId = 'inherited-problems-warning',
}: InheritedProblemsWarningProps) => (
  <div aria-live="polite" data-testid={testId}>
    {projects.length === 0 ? null : (
      <SectionMessage
        appearance="warning"
        title="Some site defaults don't work in every project that follows them"
        headingLevel="h2"
      >
        <Stack space="space.200">
          <Text as="p">
            These projects have no settings of their own, so they follow the site defaults, but
            their workflows can't carry out the rules below. Change the site default, or give the
            project settings of its own.
          </Text>
          <ul style={plainListStyles.roomy}>
            {projects.map((project) => (
              <li key={project.key}>
                <ProjectProblems project={project} />
              </li>
            ))}
          </ul>
        </Stack>
      </SectionMessage>
    )}
  </div>
);

const ProjectProblems = ({ project }: { project: InheritingProjectProblems }) => {
  const { settingsPath } = project;

  return (
    <Stack space="space.050">
      <Text weight="semibold">{`${project.name} (${project.key})`}</Text>
      <ul>
        {project.problems.map((problem) => (
          <li key={problem.field}>
            <Text>{`${titleOf(problem)}: ${problem.message}`}</Text>
          </li>
        ))}
      </ul>
      {settingsPath === null ? null : (
        <a
          href={settingsPath}
          onClick={(event) => {
            event.preventDefault();
            void router.navigate(settingsPath);
          }}
        >
          {`Open the settings of ${project.name}`}
        </a>
      )}
    </Stack>
  );
};
