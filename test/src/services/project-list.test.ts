import { projectSettingsPath } from '../../../src/services/project-list';

describe('projectSettingsPath', () => {
  it('builds Jira’s project settings path from a Forge extension id', () => {
    expect(
      projectSettingsPath('IT', 'ari:cloud:ecosystem::extension/app-1/env-2/static/admin-page'),
    ).toBe('/jira/servicedesk/projects/IT/settings/apps/app-1/env-2');
  });

  it('gives no path for an id of another form', () => {
    expect(projectSettingsPath('IT', 'admin-page-local')).toBeNull();
  });
});
