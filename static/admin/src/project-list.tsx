import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { router } from '@forge/bridge';

import type { ProjectLink } from '../../../src/contracts/admin';
import { cellStyle, tableStyle } from '../../shared/table-styles';

/** Props of {@link ProjectList}. */
export interface ProjectListProps {
  projects: readonly ProjectLink[];
  testId?: string;
}

/** The service-desk projects, whether each follows the site defaults, and a link to its settings. */
export const ProjectList = ({ projects, testId = 'project-list' }: ProjectListProps) => (
  <Stack space="space.150" testId={testId}>
    <Heading size="medium" as="h2">
      Service-desk projects
    </Heading>
    <Text as="p" color="color.text.subtle">
      Each project follows the site defaults above until its own settings are saved on its project
      settings page.
    </Text>
    {projects.length === 0 ? (
      <Text as="p">There are no service-desk projects you can see.</Text>
    ) : (
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={cellStyle} scope="col">
              Project
            </th>
            <th style={cellStyle} scope="col">
              Settings
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.key}>
              <th style={cellStyle} scope="row">
                {project.settingsPath === null ? (
                  `${project.name} (${project.key})`
                ) : (
                  <a
                    href={project.settingsPath}
                    onClick={(event) => {
                      event.preventDefault();
                      void router.navigate(project.settingsPath ?? '');
                    }}
                  >
                    {`${project.name} (${project.key})`}
                  </a>
                )}
              </th>
              <td style={cellStyle}>
                <Stack space="space.050">
                  <Lozenge appearance={project.hasOwnSettings ? 'success' : 'default'}>
                    {project.hasOwnSettings ? 'Own settings' : 'Site defaults'}
                  </Lozenge>
                  {project.problem === null ? null : (
                    <Text size="small" color="color.text.danger">
                      {project.problem}
                    </Text>
                  )}
                </Stack>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </Stack>
);
