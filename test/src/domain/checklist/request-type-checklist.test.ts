import {
  checklistItemsOf,
  checklistSourceOf,
  possibleChecklistItems,
} from '../../../../src/domain/checklist/request-type-checklist';
import { defaultConfig } from '../../../../src/domain/config/defaults';
import { configForPreset } from '../../../../src/domain/config/preset-defaults';
import type { StatusGuideConfig } from '../../../../src/domain/config/schema';

const labelsOf = (requestType: { id: string; name: string | null }, config = defaultConfig) =>
  checklistItemsOf(requestType, config).map((item) => item.label);

const withOwnLists = (
  requestTypes: StatusGuideConfig['checklists']['requestTypes'],
): StatusGuideConfig => {
  const config = structuredClone(defaultConfig);
  config.checklists.requestTypes = requestTypes;
  return config;
};

const licenceKey = {
  id: 'licence-key',
  label: 'Licence key',
  helpText: '',
  kind: 'text',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

describe('the items of a request type', () => {
  it.each([
    [
      'Report a fault',
      ['Vehicle registration', 'Screenshots', 'Users affected', 'Serial number of the unit'],
    ],
    [
      'Unit not working',
      ['Vehicle registration', 'Screenshots', 'Users affected', 'Serial number of the unit'],
    ],
    ['Order hardware', ['Purchase order number', 'Contact with access to the vehicle']],
    ['Request a quote', ['Purchase order number', 'Contact with access to the vehicle']],
    [
      'Field maintenance',
      [
        'Vehicle registration',
        'Contact with access to the vehicle',
        'Where the vehicle is',
        'Serial number of the unit',
      ],
    ],
    [
      'Install a tracker',
      [
        'Vehicle registration',
        'Contact with access to the vehicle',
        'Where the vehicle is',
        'Serial number of the unit',
      ],
    ],
  ])('gives a request type named %p the preset items %j, whatever its id', (name, labels) => {
    expect(labelsOf({ id: '10457', name })).toEqual(labels);
  });

  it.each([['Get IT help'], ['Request new software'], ['']])(
    'gives a request type named %p no items',
    (name) => {
      expect(labelsOf({ id: '10', name })).toEqual([]);
    },
  );

  it('gives a request type whose name Jira left out no items', () => {
    expect(checklistSourceOf({ id: '10', name: null }, defaultConfig)).toEqual({
      from: 'none',
      items: [],
    });
  });

  it('gives the admin’s own list for the id over the preset’s by name', () => {
    const config = withOwnLists({ '31': [licenceKey] });

    expect(labelsOf({ id: '31', name: 'Report a fault' }, config)).toEqual(['Licence key']);
    expect(labelsOf({ id: '32', name: 'Report a fault' }, config)).toHaveLength(4);
  });

  it('gives no items where the admin turned the checklist off with an empty list', () => {
    const config = withOwnLists({ '31': [] });

    expect(checklistSourceOf({ id: '31', name: 'Order hardware' }, config)).toEqual({
      from: 'own',
      items: [],
    });
  });

  it('names the kind the preset matched', () => {
    expect(checklistSourceOf({ id: '7', name: 'Order hardware' }, defaultConfig)).toMatchObject({
      from: 'preset',
      kind: 'hardware-order',
    });
  });

  it('takes the field-maintenance items for the request types the dispatch rule lists', () => {
    const config = structuredClone(defaultConfig);
    config.rules.dispatched.requestTypeIds = ['40'];

    expect(checklistSourceOf({ id: '40', name: 'Vehicle visit' }, config)).toMatchObject({
      kind: 'field-maintenance',
    });
    expect(checklistSourceOf({ id: '41', name: 'Field maintenance' }, config).from).toBe('none');
  });

  it('gives no preset items on the IT service desk preset', () => {
    const config = configForPreset('it-service-desk');

    expect(labelsOf({ id: '10', name: 'Report a fault' }, config)).toEqual([]);
    expect(possibleChecklistItems(config)).toEqual([]);
  });

  it('hands out copies, so an edit of one request type’s items leaves the preset alone', () => {
    const first = checklistItemsOf({ id: '1', name: 'Report a fault' }, defaultConfig);
    (first[0] as { label: string }).label = 'Changed';

    expect(labelsOf({ id: '2', name: 'Report a fault' })[0]).toBe('Vehicle registration');
  });

  it('counts every item some request type could have, an item two kinds share once', () => {
    const ids = possibleChecklistItems(withOwnLists({ '31': [licenceKey] })).map((item) => item.id);

    expect(ids).toEqual([
      'licence-key',
      'vehicle-registration',
      'site-contact',
      'vehicle-location',
      'unit-serial',
      'purchase-order',
      'site-contact',
      'screenshots',
      'users-affected',
    ]);
  });
});
