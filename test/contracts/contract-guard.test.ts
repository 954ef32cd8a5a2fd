import {
  countAppCalls,
  findContractProblems,
  forgetAppCalls,
  recordAppCall,
} from '../support/contract-guard';
import { startHarness } from '../support/sandbox-harness';

const transition = {
  source: 'app' as const,
  method: 'POST',
  path: '/rest/api/3/issue/FS-1/transitions',
  query: '',
  status: 204,
  responseBody: undefined,
};

describe('the guard that holds every test file’s app calls against the descriptions', () => {
  afterEach(() => {
    forgetAppCalls();
  });

  it('names a call whose body breaks the description', () => {
    recordAppCall({ ...transition, requestBody: { transition: 'not an object' } });

    const problems = findContractProblems();

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/POST \/rest\/api\/3\/issue\/FS-1\/transitions \(app\).*body/);
  });

  it('names a call to a path Atlassian does not describe', () => {
    recordAppCall({ ...transition, path: '/rest/api/3/issue/FS-1/reopen', requestBody: {} });

    expect(findContractProblems()).toEqual([
      'POST /rest/api/3/issue/FS-1/reopen (app): no such operation in the 2023 descriptions nor in the 2026 catalogue',
    ]);
  });

  it('keeps the calls the app makes on a sandbox harness, and finds nothing wrong with them', async () => {
    const harness = await startHarness();

    harness.rest('casey@customer.example', 'POST', '/rest/servicedeskapi/request/FS-1/comment', {
      body: 'It stopped again.',
      public: true,
    });
    await harness.settle();

    expect(harness.statusOf('FS-1')).toBe('In Review');
    expect(countAppCalls()).toBeGreaterThan(2);
    expect(findContractProblems()).toEqual([]);
  });
});
