import { demo, type Harness, startHarness } from '../../support/sandbox-harness';

const search = (harness: Harness, jql: string, extra: Record<string, string> = {}) =>
  harness.rest(
    demo.agent,
    'GET',
    `/rest/api/3/search/jql?${new URLSearchParams({ jql, fields: 'project,status', ...extra }).toString()}`,
  );

const keysOf = (body: unknown): string[] =>
  ((body as { issues?: { key: string }[] }).issues ?? []).map((issue) => issue.key);

describe('the sandbox’s JQL search', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('finds the requests in the statuses named, by key', () => {
    const answer = search(
      harness,
      'status in ("Awaiting Dispatch", "Awaiting Stock") ORDER BY key',
    );

    expect(answer.status).toBe(200);
    expect(keysOf(answer.body)).toEqual(['FS-8', 'FS-9']);
    expect(answer.body).toMatchObject({
      isLast: true,
      issues: [{ fields: { project: { key: 'FS' }, status: { name: 'Awaiting Dispatch' } } }, {}],
    });
  });

  it('pages with a token until the last page', () => {
    const first = search(harness, 'project = FS ORDER BY key DESC', { maxResults: '10' });
    const token = (first.body as { nextPageToken: string }).nextPageToken;
    const second = search(harness, 'project = FS ORDER BY key DESC', {
      maxResults: '10',
      nextPageToken: token,
    });

    expect(keysOf(first.body)).toHaveLength(10);
    expect(keysOf(first.body)[0]).toBe('FS-17');
    expect(keysOf(second.body)).toHaveLength(7);
    expect(second.body).toMatchObject({ isLast: true });
  });

  it('searches the values the app’s manifest indexes, and compares dates', () => {
    harness.site.setProperty('FS-9', 'status-guide', { facts: { stockEta: '2026-12-05' } });
    const eta = 'issue.property[status-guide].facts.stockEta';

    expect(keysOf(search(harness, `${eta} < "2026-12-06"`).body)).toEqual(['FS-9']);
    expect(keysOf(search(harness, `${eta} < "2026-12-05"`).body)).toEqual([]);
    expect(keysOf(search(harness, `${eta} IS NOT EMPTY AND statusCategory != Done`).body)).toEqual([
      'FS-9',
    ]);
  });

  it.each([
    [
      'an unindexed property',
      'issue.property[status-guide].facts.holdReason IS NOT EMPTY',
      /does not exist/,
    ],
    [
      'a status the site lacks',
      'status = "Gone Fishing"',
      /The value 'Gone Fishing' does not exist/,
    ],
    ['an unbounded query', 'ORDER BY key', /Unbounded JQL/],
    ['OR, which the sandbox does not read', 'project = FS OR status = "In Review"', /AND only/],
  ])('refuses %s with a 400', (_what, jql, message) => {
    const answer = search(harness, jql);

    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(message);
  });

  it('hides issues from a customer', () => {
    const answer = harness.rest(
      demo.customer,
      'GET',
      `/rest/api/3/search/jql?${new URLSearchParams({ jql: 'project = FS' }).toString()}`,
    );

    expect(keysOf(answer.body)).toEqual([]);
  });
});
