import { join } from 'node:path';

import { readSandboxOperations } from '../../scripts/openapi/used-operations';
import { startHarness } from '../support/sandbox-harness';
import { ApiDescriptions } from './support/api-descriptions';
import { checkCall, type RecordedCall } from './support/check-call';
import { type JourneyOutcomes, runJourneys } from './support/journeys';
import { SchemaValidator } from './support/schema-validator';

const descriptions = ApiDescriptions.load();
const validator = new SchemaValidator(descriptions.documents);

describe('the REST calls of the app’s journeys, held against Atlassian’s API descriptions', () => {
  let calls: RecordedCall[];
  let outcomes: JourneyOutcomes;

  beforeAll(async () => {
    const harness = await startHarness();
    outcomes = await runJourneys(harness);
    calls = harness.log.ofType('rest');
  });

  it('ran the journeys to their outcomes, so the calls are the real ones', () => {
    expect(outcomes.reopenedStatus).toBe('In Review');
    expect(outcomes.resolverAnswers).toEqual({
      'portal, reporter': true,
      'portal, participant': true,
      'portal, stranger': false,
      'portal, missing request': false,
      'agent, request': true,
      'agent, plain issue': true,
      'agent, customer': false,
      'admin, Jira admin': true,
      'admin, agent': false,
      'project, project admin': true,
      'project, user search': true,
      'project, agent': false,
    });
  });

  it('recorded calls made by the app and by scripts', () => {
    const sources = new Set(calls.map((call) => call.source));

    expect(sources).toEqual(new Set(['app', 'http']));
    expect(calls.filter((call) => call.source === 'app').length).toBeGreaterThan(10);
  });

  it('sends only described operations, query parameters and bodies, and gets described answers', () => {
    const problems = calls.flatMap((call) => checkCall(descriptions, validator, call));

    expect(problems).toEqual([]);
  });

  it('exercises every operation of the subset at least once', () => {
    const reached = new Set(
      calls.map((call) => {
        const described = descriptions.find(call.method, call.path);
        return described ? `${described.method} ${described.template}` : '';
      }),
    );
    const described = Object.values(descriptions.documents).flatMap((document) =>
      Object.entries(document.paths).flatMap(([template, item]) =>
        Object.keys(item)
          .filter((key) => key !== 'parameters')
          .map((method) => `${method.toUpperCase()} ${template}`),
      ),
    );

    expect(described.filter((operation) => !reached.has(operation))).toEqual([]);
  });

  it('describes every route the sandbox answers (regenerate the subset when this fails)', () => {
    const routes = readSandboxOperations(join(__dirname, '..', '..'));
    const concrete = (template: string) => template.replace(/:\w+/g, 'X-1');

    const undescribed = routes.filter(
      (route) => descriptions.find(route.method, concrete(route.template)) === undefined,
    );

    expect(undescribed).toEqual([]);
  });
});
