import {
  agentChecklistKeys,
  type AgentChecklistView,
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../../src/contracts/checklist';
import type { ChecklistItem } from '../../../src/domain/checklist/checklist-settings-schema';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { callAgentDefinition, callPortalDefinition, dataOf } from '../../support/panel-calls';
import { saveProjectSettings } from '../../support/project-settings-calls';
import { type Harness, startHarness } from '../../support/sandbox-harness';

const licenceItems: ChecklistItem[] = [
  {
    id: 'cost-centre',
    label: 'Cost centre',
    helpText: 'The four digits your manager charges licences to.',
    kind: 'text',
    required: true,
    visibility: 'customer',
    imagesOnly: false,
  },
  {
    id: 'approval-screenshot',
    label: 'Manager’s approval',
    helpText: '',
    kind: 'attachment',
    required: false,
    visibility: 'customer',
    imagesOnly: true,
  },
  {
    id: 'licence-pool',
    label: 'Licence pool',
    helpText: 'Which pool the seat comes from.',
    kind: 'text',
    required: false,
    visibility: 'agent',
    imagesOnly: false,
  },
];

/** The IT preset with its rules on the IT help desk's own status names, the way its admin saves it. */
const itConfig = () => {
  const config = configForPreset('it-service-desk');
  config.rules.reopen.targetStatus = 'Triage';
  config.rules.handBack.targetStatus = 'Working on it';
  return config;
};

describe('checklist items saved on the project settings page', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('reach the portal and agent panels of a request of that type, in the saved order', async () => {
    const config = itConfig();
    config.checklists.requestTypes['21'] = licenceItems;

    await saveProjectSettings(harness, 'IT', config);
    const portal = dataOf(
      await callPortalDefinition<CustomerChecklistView | null>(
        harness,
        'IT-2',
        portalChecklistKeys.getChecklist,
      ),
    );
    const agent = dataOf(
      await callAgentDefinition<AgentChecklistView | null>(
        harness,
        'IT-2',
        agentChecklistKeys.getChecklist,
      ),
    );

    expect(
      portal?.items.map(({ label, required, kind, state }) => ({ label, required, kind, state })),
    ).toEqual([
      { label: 'Cost centre', required: true, kind: 'text', state: 'missing' },
      { label: 'Manager’s approval', required: false, kind: 'attachment', state: 'missing' },
    ]);
    expect(portal?.items[1]?.imagesOnly).toBe(true);
    expect(portal?.isComplete).toBe(false);
    expect(agent?.items.map(({ label, visibility }) => ({ label, visibility }))).toEqual([
      { label: 'Cost centre', visibility: 'customer' },
      { label: 'Manager’s approval', visibility: 'customer' },
      { label: 'Licence pool', visibility: 'agent' },
    ]);
    expect(agent?.missingCount).toBe(1);
  });

  it('give a request of another type only the items of its own type', async () => {
    const config = itConfig();
    config.checklists.requestTypes['20'] = [
      { ...licenceItems[0]!, id: 'device-name', label: 'Device name', helpText: '' },
    ];
    config.checklists.requestTypes['21'] = licenceItems;

    await saveProjectSettings(harness, 'IT', config);
    const portal = dataOf(
      await callPortalDefinition<CustomerChecklistView | null>(
        harness,
        'IT-3',
        portalChecklistKeys.getChecklist,
      ),
    );

    expect(portal?.items.map((item) => item.label)).toEqual(['Device name']);
  });

  it('take a removed item off the portal panel', async () => {
    const config = itConfig();
    config.checklists.requestTypes['21'] = licenceItems;
    await saveProjectSettings(harness, 'IT', config);

    config.checklists.requestTypes['21'] = licenceItems.slice(1);
    await saveProjectSettings(harness, 'IT', config);
    const portal = dataOf(
      await callPortalDefinition<CustomerChecklistView | null>(
        harness,
        'IT-2',
        portalChecklistKeys.getChecklist,
      ),
    );

    expect(portal?.items.map((item) => item.label)).toEqual(['Manager’s approval']);
    expect(portal?.isComplete).toBe(true);
  });
});
