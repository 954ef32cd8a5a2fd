import { type AuthorFacts, classifyAuthor } from '../../../../src/domain/rules/classify-author';

const none = { customerProxies: [], integrations: [], installers: [] };
const author = (overrides: Partial<AuthorFacts>): AuthorFacts => ({
  accountId: 'someone',
  accountType: 'atlassian',
  isThisApp: false,
  isAgent: false,
  isReporter: false,
  isParticipant: false,
  ...overrides,
});

describe('classifyAuthor', () => {
  it.each([
    ['a portal-only customer', author({ accountType: 'customer' }), 'customer'],
    ['the reporter with an Atlassian account', author({ isReporter: true }), 'customer'],
    ['a participant who is not an agent', author({ isParticipant: true }), 'customer'],
    ['an agent', author({ isAgent: true }), 'agent'],
    ['an agent who reported the request', author({ isAgent: true, isReporter: true }), 'agent'],
    ['the app', author({ accountType: 'app', isThisApp: true, isReporter: true }), 'app'],
    ['another app', author({ accountType: 'app', isReporter: true }), 'app'],
    ['a licensed user not on the request', author({}), 'other'],
  ])('puts %s on the %s side', (_who, facts, side) => {
    expect(classifyAuthor(facts, none)).toBe(side);
  });

  it('treats a listed integration as an integration even with an agent licence', () => {
    const accounts = { ...none, integrations: ['bridge'] };

    expect(classifyAuthor(author({ accountId: 'bridge', isAgent: true }), accounts)).toBe(
      'integration',
    );
  });

  it('treats a listed customer proxy as the customer', () => {
    const accounts = { ...none, customerProxies: ['mailer'] };

    expect(classifyAuthor(author({ accountId: 'mailer', isAgent: true }), accounts)).toBe(
      'customer',
    );
  });

  it('treats a listed installer as an installer', () => {
    const accounts = { ...none, installers: ['ian'] };

    expect(classifyAuthor(author({ accountId: 'ian', isReporter: true }), accounts)).toBe(
      'installer',
    );
  });

  it('treats an app listed as a customer proxy as the customer', () => {
    const accounts = { ...none, customerProxies: ['mailer'] };

    expect(classifyAuthor(author({ accountId: 'mailer', accountType: 'app' }), accounts)).toBe(
      'customer',
    );
  });

  it('treats an app listed as an integration as an integration', () => {
    const accounts = { ...none, integrations: ['bridge'] };

    expect(classifyAuthor(author({ accountId: 'bridge', accountType: 'app' }), accounts)).toBe(
      'integration',
    );
  });

  it.each([['customerProxies'], ['integrations'], ['installers']] as const)(
    'keeps this app on the app side even when the admin listed it in %s',
    (list) => {
      const accounts = { ...none, [list]: ['status-guide'] };
      const self = author({ accountId: 'status-guide', accountType: 'app', isThisApp: true });

      expect(classifyAuthor(self, accounts)).toBe('app');
    },
  );
});
