import { catalogueOf } from '../../../../src/domain/catalogue/catalogue-of-preset';
import type { StatusCategory } from '../../../../src/domain/catalogue/types';
import { configForPreset } from '../../../../src/domain/config/preset-defaults';
import type { PresetId, StatusGuideConfig } from '../../../../src/domain/config/schema';
import { findTargetProblems } from '../../../../src/domain/rules/find-target-problems';

const fieldStatuses: { name: string; category: StatusCategory }[] = [
  { name: 'In Review', category: 'new' },
  { name: 'In Progress', category: 'indeterminate' },
  { name: 'Waiting for Customer', category: 'indeterminate' },
  { name: 'Awaiting Purchase Order', category: 'indeterminate' },
  { name: 'Assigned to Installer', category: 'indeterminate' },
  { name: 'Installer Booked', category: 'indeterminate' },
  { name: 'Unable to Book Installer', category: 'indeterminate' },
  { name: 'Resolved', category: 'done' },
  { name: 'Closed', category: 'done' },
  { name: 'Shelved', category: 'done' },
  { name: 'Parked', category: 'indeterminate' },
];

const itStatuses: { name: string; category: StatusCategory }[] = [
  { name: 'Waiting for support', category: 'new' },
  { name: 'Waiting for customer', category: 'indeterminate' },
  { name: 'In progress', category: 'indeterminate' },
  { name: 'Resolved', category: 'done' },
  { name: 'Closed', category: 'done' },
];

type Rule = 'reopen' | 'handBack' | 'dispatched' | 'installerFinished' | 'closeResolved';

const withTarget = (preset: PresetId, rule: Rule, target: string): StatusGuideConfig => {
  const config = configForPreset(preset);
  const setting = rule === 'closeResolved' ? config.rules.sweeps.closeResolved : config.rules[rule];
  setting.enabled = true;
  setting.targetStatus = target;
  return config;
};

const problemsOf = (config: StatusGuideConfig) =>
  findTargetProblems(
    config,
    catalogueOf(config),
    config.preset === 'field-service' ? fieldStatuses : itStatuses,
  );

const pathOf = (rule: Rule) =>
  rule === 'closeResolved'
    ? 'rules.sweeps.closeResolved.targetStatus'
    : `rules.${rule}.targetStatus`;

describe('findTargetProblems', () => {
  it.each<[PresetId, Rule, string]>([
    ['field-service', 'reopen', 'Waiting for Customer'],
    ['field-service', 'reopen', 'Resolved'],
    ['field-service', 'reopen', 'Shelved'],
    ['field-service', 'handBack', 'Awaiting Purchase Order'],
    ['field-service', 'handBack', 'Closed'],
    ['field-service', 'dispatched', 'Unable to Book Installer'],
    ['field-service', 'dispatched', 'Resolved'],
    ['field-service', 'installerFinished', 'Installer Booked'],
    ['field-service', 'installerFinished', 'Parked'],
    ['field-service', 'closeResolved', 'In Progress'],
    ['field-service', 'closeResolved', 'Waiting for Customer'],
    ['it-service-desk', 'reopen', 'Waiting for customer'],
    ['it-service-desk', 'handBack', 'Resolved'],
    ['it-service-desk', 'closeResolved', 'In progress'],
  ])('refuses a %s %s target of "%s", naming the field', (preset, rule, target) => {
    const problems = problemsOf(withTarget(preset, rule, target));

    expect(problems).toEqual([
      { path: pathOf(rule), message: expect.stringContaining(`"${target}"`) as string },
    ]);
  });

  it.each<[PresetId, Rule, string]>([
    ['field-service', 'reopen', 'In Review'],
    ['field-service', 'handBack', 'In Progress'],
    ['field-service', 'dispatched', 'Assigned to Installer'],
    ['field-service', 'installerFinished', 'Resolved'],
    ['field-service', 'installerFinished', 'Shelved'],
    ['field-service', 'closeResolved', 'Closed'],
    ['it-service-desk', 'reopen', 'Waiting for support'],
    ['it-service-desk', 'handBack', 'In progress'],
    ['it-service-desk', 'closeResolved', 'Closed'],
  ])('takes a %s %s target of "%s"', (preset, rule, target) => {
    expect(problemsOf(withTarget(preset, rule, target))).toEqual([]);
  });

  it('judges a status by the entry it is mapped to', () => {
    const config = withTarget('field-service', 'reopen', 'Parked');
    config.statusMapping = { Parked: 'waiting-for-customer' };

    expect(problemsOf(config)).toEqual([
      { path: 'rules.reopen.targetStatus', message: expect.stringContaining('customer') as string },
    ]);
  });

  it('leaves a rule that is off alone, whatever its target', () => {
    const config = withTarget('field-service', 'reopen', 'Resolved');
    config.rules.reopen.enabled = false;
    config.rules.sweeps.closeResolved.targetStatus = 'In Progress';
    config.rules.sweeps.closeResolved.enabled = false;

    expect(problemsOf(config)).toEqual([]);
  });

  it('names a target the workflow lacks', () => {
    expect(problemsOf(withTarget('field-service', 'handBack', 'Nowhere'))).toEqual([
      {
        path: 'rules.handBack.targetStatus',
        message: 'This project\'s workflow has no status named "Nowhere".',
      },
    ]);
  });
});
