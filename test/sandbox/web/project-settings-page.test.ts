import { demo } from '../../support/sandbox-harness';
import { startWebSandbox, type WebSandbox } from './web-sandbox';

const settingsPath = (key: string) =>
  `/jira/servicedesk/projects/${key}/settings/apps/sandbox-app/sandbox`;

describe('the emulated project settings page', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('frames the app’s project settings page for the project’s admin, without a notice', async () => {
    const answer = await sandbox.get(settingsPath('IT'), demo.projectAdmin);
    const page = await answer.text();

    expect(answer.status).toBe(200);
    expect(page).toContain('IT Help Desk');
    expect(page).toContain('data-module-key="status-guide-project-settings"');
    expect(page).not.toContain('administers neither this project nor Jira');
  });

  it('opens for an agent too, saying real Jira would not, so the app’s refusal can be seen', async () => {
    const page = await (await sandbox.get(settingsPath('IT'), demo.agent)).text();

    expect(page).toContain('Alex Agent administers neither this project nor Jira.');
    expect(sandbox.frameIdsIn(page)).toHaveLength(1);
  });

  it('answers 404 for a project the site does not have', async () => {
    const answer = await sandbox.get(settingsPath('NOPE'), demo.admin);

    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain('Project not found');
  });
});
