import { defaultConfig } from '../../../../src/domain/config/defaults';
import type { StatusGuideConfig } from '../../../../src/domain/config/schema';
import {
  type CompletionFacts,
  decideOnCompletion,
  decideOnDispatch,
  type DispatchFacts,
  isCompletionText,
  isDispatchedStatus,
  isFieldMaintenance,
} from '../../../../src/domain/rules/field-maintenance';

const fieldMaintenance = { id: '12', name: 'Field maintenance' };

const configWith = (change: (config: StatusGuideConfig) => void): StatusGuideConfig => {
  const config = structuredClone(defaultConfig);
  change(config);
  return config;
};

const dispatchFacts = (overrides: Partial<DispatchFacts> = {}): DispatchFacts => ({
  statusName: 'Awaiting Dispatch',
  requestType: fieldMaintenance,
  dispatchedOn: '2026-12-03',
  ...overrides,
});

const completionFacts = (overrides: Partial<CompletionFacts> = {}): CompletionFacts => ({
  statusName: 'Installer Booked',
  isResolved: false,
  requestType: fieldMaintenance,
  source: { kind: 'comment', commentId: '10042' },
  ...overrides,
});

describe('isFieldMaintenance', () => {
  it.each([
    ['Field maintenance', true],
    ['Field Maintenance visit', true],
    ['field-maintenance', true],
    ['Order hardware', false],
  ])('counts a request type named %s as field maintenance: %s', (name, expected) => {
    expect(isFieldMaintenance({ id: '12', name }, [])).toBe(expected);
  });

  it('follows the listed request types, whatever their names, once the admin lists some', () => {
    expect(isFieldMaintenance({ id: '11', name: 'Order hardware' }, ['11'])).toBe(true);
    expect(isFieldMaintenance(fieldMaintenance, ['11'])).toBe(false);
  });

  it('never counts a request without a request type', () => {
    expect(isFieldMaintenance(null, [])).toBe(false);
  });
});

describe('isDispatchedStatus', () => {
  it('matches the statuses the admin listed without regard to case or spacing', () => {
    const config = configWith((c) => {
      c.rules.dispatched.dispatchedStatuses = ['Hardware Dispatched'];
    });

    expect(isDispatchedStatus('hardware  dispatched', config)).toBe(true);
    expect(isDispatchedStatus('Awaiting Dispatch', config)).toBe(false);
  });
});

describe('decideOnDispatch', () => {
  it.each(['Awaiting Dispatch', 'Awaiting Stock'])(
    'moves a field-maintenance request in %s to Assigned to Installer',
    (statusName) => {
      expect(decideOnDispatch(dispatchFacts({ statusName }), defaultConfig)).toEqual({
        outcome: 'act',
        move: {
          toStatus: 'Assigned to Installer',
          eventKey: 'dispatch:2026-12-03',
          reason: 'The hardware dispatch was recorded (dispatched on 2026-12-03).',
        },
      });
    },
  );

  it.each([
    ['the rule is off', dispatchFacts(), 'rule-disabled'],
    [
      'the type is not field maintenance',
      dispatchFacts({ requestType: null }),
      'not-field-maintenance',
    ],
    ['no dispatch is recorded', dispatchFacts({ dispatchedOn: null }), 'no-dispatch-recorded'],
    [
      'it is already there',
      dispatchFacts({ statusName: 'Assigned to Installer' }),
      'already-at-target',
    ],
    ['it is in progress', dispatchFacts({ statusName: 'In Progress' }), 'not-waiting-for-dispatch'],
    ['it is resolved', dispatchFacts({ statusName: 'Resolved' }), 'not-waiting-for-dispatch'],
  ])('does nothing when %s', (what, facts, reason) => {
    const config = configWith((c) => {
      c.rules.dispatched.enabled = what !== 'the rule is off';
    });

    expect(decideOnDispatch(facts, config)).toEqual({ outcome: 'skip', reason });
  });

  it('moves a request from a status the admin listed as dispatched', () => {
    const config = configWith((c) => {
      c.rules.dispatched.dispatchedStatuses = ['Shipped'];
    });

    expect(decideOnDispatch(dispatchFacts({ statusName: 'Shipped' }), config).outcome).toBe('act');
  });

  it('follows a status mapped to Awaiting Dispatch under another name', () => {
    const config = configWith((c) => {
      c.statusMapping = { 'With Logistics': 'awaiting-dispatch' };
    });

    expect(decideOnDispatch(dispatchFacts({ statusName: 'With Logistics' }), config).outcome).toBe(
      'act',
    );
  });
});

describe('decideOnCompletion', () => {
  it.each(['Assigned to Installer', 'Installer Booked', 'Unable to Book Installer'])(
    'resolves a request in %s when the installer comments completion',
    (statusName) => {
      expect(decideOnCompletion(completionFacts({ statusName }), defaultConfig)).toEqual({
        outcome: 'act',
        move: {
          toStatus: 'Resolved',
          eventKey: 'comment:10042',
          reason: 'The installer reported the job complete in a comment.',
        },
      });
    },
  );

  it('resolves a request the installer moved to another done status, keyed by the change', () => {
    const facts = completionFacts({
      statusName: 'Job Complete',
      isResolved: true,
      source: { kind: 'transition', changelogId: '20077', statusName: 'Job Complete' },
    });

    expect(decideOnCompletion(facts, defaultConfig)).toEqual({
      outcome: 'act',
      move: {
        toStatus: 'Resolved',
        eventKey: 'changelog:20077',
        reason: 'The installer moved the request to Job Complete.',
      },
    });
  });

  it('resolves from any open status when an agent records it, keyed by the instant', () => {
    const facts = completionFacts({
      statusName: 'In Progress',
      source: { kind: 'agent-action', at: '2026-12-03T10:42:00.000Z' },
    });

    expect(decideOnCompletion(facts, defaultConfig)).toMatchObject({
      outcome: 'act',
      move: { eventKey: 'installer-finished:2026-12-03T10:42:00.000Z' },
    });
  });

  it.each([
    ['the rule is off', completionFacts(), 'rule-disabled'],
    [
      'the type is not field maintenance',
      completionFacts({ requestType: null }),
      'not-field-maintenance',
    ],
    [
      'it is already resolved',
      completionFacts({ statusName: 'Resolved', isResolved: true }),
      'already-at-target',
    ],
    [
      'it is resolved under another name',
      completionFacts({ statusName: 'Completed', isResolved: true }),
      'already-resolved',
    ],
    [
      'the installer does not have it',
      completionFacts({ statusName: 'In Progress' }),
      'not-with-installer',
    ],
  ])('does nothing when %s', (what, facts, reason) => {
    const config = configWith((c) => {
      c.rules.installerFinished.enabled = what !== 'the rule is off';
    });

    expect(decideOnCompletion(facts, config)).toEqual({ outcome: 'skip', reason });
  });
});

describe('isCompletionText', () => {
  const phrases = defaultConfig.rules.installerFinished.completionPhrases;

  it.each([
    ['Job complete, unit fitted behind the dash.', true],
    ['JOB COMPLETED!', true],
    ['Installation complete - all tested', true],
    ['Booked for Tuesday.', false],
    ['The job completes next week', false],
    ['Is the job complete? I could not find the van at the address.', false],
    ['Could not get the job complete: the vehicle was not there.', false],
    ['Couldn’t get the job complete today', false],
    ['Job complete tomorrow once the part arrives.', false],
    ['Installation complete failed - unit DOA, need a replacement.', false],
    ['Job not complete, customer wasn’t home', false],
    ['Will send photos when the job is complete', false],
    ['Job complete.', true],
    ['JOB COMPLETE.', true],
    ['Job complete ✅ unit tested', true],
    ['Installation complete, all good', true],
    ['Job complete: replaced the faulty unit, reporting fine.', true],
    ['Work complete, both cars done.', true],
    ['Job complete on car 3, car 4 still to do.', false],
    ['Job complete except the antenna, need to come back.', false],
    ['Job completed partially, the unit is faulty.', false],
    ['Job complete — NOT. Vehicle wasn’t on site.', false],
    ['Job complete but the antenna is loose', false],
    ['Job complete apart from the harness', false],
    ['Job complete other than the trailer', false],
    ['Job complete, one unit remaining', false],
    ['Job complete, two vans outstanding', false],
    ['Only car 3 done, job complete for that one', false],
    ['Job complete, return visit booked for Friday', false],
    ['Job complete, yet to fit the camera', false],
    ['Job complete, still need to fit the camera', false],
    ['Job complete, second visit needed for the trailer', false],
    ['Installation complete, camera not yet fitted', false],
    ['Job complete, no issues.', true],
    ['Job complete, no problems found, unit tested', true],
    ['Installation complete. No further action needed.', true],
    ['Job complete, nothing left to do', true],
    ['Job complete, no outstanding work', true],
    ['Job complete, no issues but the camera is loose', false],
    ['Job complete, no issues, return visit Friday for the trailer', false],
    ['No job complete today, the van was not there', false],
    ['Job complete for today, back on Thursday to finish the last two vans.', false],
    ['Job complete on 3 of 5 vehicles.', false],
    ['Job complete on van 3; van 4 booked for Friday.', false],
    ['Job complete, no further issues.', true],
    ['Job complete, no damage to the vehicle.', true],
  ])('reads "%s" as a completion: %s', (text, expected) => {
    expect(isCompletionText(text, phrases)).toBe(expected);
  });

  it.each([
    ['Intervention terminée sauf l’antenne', 'intervention terminée', false],
    ['Intervention terminée partiellement', 'intervention terminée', false],
    ['Intervention terminée.', 'intervention terminée', true],
    ['Auftrag erledigt, aber die Antenne fehlt', 'auftrag erledigt', false],
    ['Auftrag teilweise erledigt', 'auftrag erledigt', false],
    ['Auftrag erledigt.', 'auftrag erledigt', true],
    ['Trabajo terminado excepto la antena', 'trabajo terminado', false],
    ['Trabajo terminado, falta el segundo coche', 'trabajo terminado', false],
    ['Trabajo terminado.', 'trabajo terminado', true],
  ])('reads "%s" with the admin’s phrase "%s" as a completion: %s', (text, phrase, expected) => {
    expect(isCompletionText(text, [phrase])).toBe(expected);
  });

  it('never matches on an empty phrase', () => {
    expect(isCompletionText('anything', ['  '])).toBe(false);
  });
});
