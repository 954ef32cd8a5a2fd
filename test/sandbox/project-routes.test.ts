import { demo, type Harness, startHarness } from '../support/sandbox-harness';

describe('the sandbox’s project, people and service desk routes', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('lists a project’s workflow statuses to its agents and hides the project from customers', () => {
    const agent = harness.rest(demo.agent, 'GET', '/rest/api/3/project/IT/statuses');
    const customer = harness.rest(demo.customer, 'GET', '/rest/api/3/project/IT/statuses');

    expect(agent.status).toBe(200);
    expect(
      (agent.body as { statuses: { name: string }[] }[])[0]?.statuses.map((s) => s.name),
    ).toEqual([
      'Triage',
      'Awaiting your reply',
      'Working on it',
      'Pending',
      'Escalated',
      'Done',
      'Closed',
      'Canceled',
    ]);
    expect(customer.status).toBe(404);
  });

  it('finds people by part of a name or email, or by account id, and needs one of them', () => {
    const byName = harness.rest(demo.admin, 'GET', '/rest/api/3/user/search?query=install');
    const byId = harness.rest(demo.admin, 'GET', '/rest/api/3/user/search?accountId=cust-casey');
    const bare = harness.rest(demo.admin, 'GET', '/rest/api/3/user/search');

    expect((byName.body as { displayName: string }[]).map((u) => u.displayName)).toEqual([
      'Ian Installer',
    ]);
    expect((byId.body as { displayName: string }[]).map((u) => u.displayName)).toEqual([
      'Casey Customer',
    ]);
    expect(bare.status).toBe(400);
  });

  it('lists the service desks a person can use, and their request types', () => {
    const forAdmin = harness.rest(demo.projectAdmin, 'GET', '/rest/servicedeskapi/servicedesk');
    const types = harness.rest(
      demo.customer,
      'GET',
      '/rest/servicedeskapi/servicedesk/2/requesttype',
    );

    expect((forAdmin.body as { values: { projectKey: string }[] }).values).toEqual([
      expect.objectContaining({ projectKey: 'IT', projectName: 'IT Help Desk' }),
    ]);
    expect((types.body as { values: { name: string }[] }).values.map((t) => t.name)).toEqual([
      'Get IT help',
      'Request new software',
    ]);
  });
});
