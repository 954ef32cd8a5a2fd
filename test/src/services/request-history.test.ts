import { defaultConfig } from '../../../src/domain/config/defaults';
import type { IssueSnapshot } from '../../../src/jira/issues';
import { firstTeamReplyAt } from '../../../src/services/request-history';

type Comment = IssueSnapshot['comments'][number];

const comment = (overrides: Partial<Comment>): Comment => ({
  id: '1',
  authorId: 'agent-alex',
  authorAccountType: 'atlassian',
  isPublic: true,
  created: '2026-12-01T22:00:00.000+0000',
  updated: '2026-12-01T22:00:00.000+0000',
  text: 'We are on it.',
  ...overrides,
});

const issueWith = (comments: Comment[]): IssueSnapshot => ({
  id: '10001',
  key: 'FS-2',
  projectKey: 'FS',
  statusName: 'In Review',
  statusCategory: 'new',
  reporterId: 'cust-casey',
  created: '2026-12-01T21:00:00.000+0000',
  transitions: [],
  statusChanges: [],
  comments,
  requestState: null,
});

describe('firstTeamReplyAt', () => {
  it('takes the earliest public comment by the team', () => {
    const issue = issueWith([
      comment({ id: '2', created: '2026-12-02T01:00:00.000+0000' }),
      comment({ id: '1', created: '2026-12-01T23:00:00.000+0000' }),
    ]);

    expect(firstTeamReplyAt(issue, defaultConfig)).toEqual(new Date('2026-12-01T23:00:00Z'));
  });

  it.each([
    ['an internal note', { isPublic: false }],
    ['the reporter', { authorId: 'cust-casey' }],
    ['a portal-only customer', { authorId: 'cust-x', authorAccountType: 'customer' }],
    ['an app, such as the reopen note', { authorId: 'app-status-guide', authorAccountType: 'app' }],
  ])('does not count %s as the team’s reply', (_label, overrides) => {
    const issue = issueWith([comment(overrides)]);

    expect(firstTeamReplyAt(issue, defaultConfig)).toBeNull();
  });

  it('does not count a participant with a full account whom the caller names', () => {
    const issue = issueWith([comment({ authorId: 'participant-pat' })]);

    expect(firstTeamReplyAt(issue, defaultConfig, ['participant-pat'])).toBeNull();
    expect(firstTeamReplyAt(issue, defaultConfig)).toEqual(new Date('2026-12-01T22:00:00Z'));
  });

  it.each([
    ['an integration', 'integrations'],
    ['an installer', 'installers'],
    ['a customer proxy', 'customerProxies'],
  ] as const)('does not count %s the admin listed, though it holds a licence', (_label, list) => {
    const config = {
      ...defaultConfig,
      accounts: { ...defaultConfig.accounts, [list]: ['listed-account'] },
    };
    const issue = issueWith([comment({ authorId: 'listed-account' })]);

    expect(firstTeamReplyAt(issue, config)).toBeNull();
  });

  it('counts the agent’s reply after a listed installer’s earlier comment', () => {
    const config = {
      ...defaultConfig,
      accounts: { ...defaultConfig.accounts, installers: ['installer-ian'] },
    };
    const issue = issueWith([
      comment({ id: '1', authorId: 'installer-ian', created: '2026-12-01T22:00:00.000+0000' }),
      comment({ id: '2', created: '2026-12-01T23:30:00.000+0000' }),
    ]);

    expect(firstTeamReplyAt(issue, config)).toEqual(new Date('2026-12-01T23:30:00Z'));
  });

  it('does not count a comment whose author Jira no longer names', () => {
    const issue = issueWith([comment({ authorId: '' })]);

    expect(firstTeamReplyAt(issue, defaultConfig)).toBeNull();
  });
});
