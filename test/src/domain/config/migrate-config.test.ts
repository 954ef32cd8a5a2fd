import { defaultConfig } from '../../../../src/domain/config/defaults';
import { currentConfigVersion, upgradeConfig } from '../../../../src/domain/config/migrate-config';
import { configForPreset } from '../../../../src/domain/config/preset-defaults';
import { checkConfig, type StatusGuideConfig } from '../../../../src/domain/config/schema';

/** A document as version 1 of the app stored it: no preset choice, no version-2 fields. */
const versionOneDocument = {
  version: 1,
  companyName: 'Tui Fleet',
  preset: 'field-service',
  statusMapping: { 'With Courier': 'awaiting-dispatch' },
  rules: { reopen: { enabled: false, targetStatus: 'In Progress' } },
  accounts: { customerProxies: ['bridge-1'], integrations: [], installers: [] },
};

const registration = {
  id: 'vehicle-registration',
  label: 'Vehicle registration',
  helpText: 'The number on the vehicle’s plate, for example ABC123.',
  kind: 'registration',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const contact = {
  id: 'site-contact',
  label: 'Contact with access to the vehicle',
  helpText: 'A phone number or email of the person who can give the installer the vehicle.',
  kind: 'phone-or-email',
  required: true,
  visibility: 'customer',
  imagesOnly: false,
} as const;

const unitSerial = {
  id: 'unit-serial',
  label: 'Serial number of the unit',
  helpText: 'From the provisioning system; for the team only.',
  kind: 'text',
  required: false,
  visibility: 'agent',
  imagesOnly: false,
} as const;

/** The lists the version-2 preset stored by request type id, as every version-2 document had them. */
const versionTwoPresetLists = (): StatusGuideConfig['checklists']['requestTypes'] => ({
  '10': [
    registration,
    {
      id: 'screenshots',
      label: 'Screenshots',
      helpText: 'A picture of what you see on the screen.',
      kind: 'attachment',
      required: false,
      visibility: 'customer',
      imagesOnly: true,
    },
    {
      id: 'users-affected',
      label: 'Users affected',
      helpText: 'Who else sees the problem: names or emails, separated by commas.',
      kind: 'user-list',
      required: false,
      visibility: 'customer',
      imagesOnly: false,
    },
    unitSerial,
  ],
  '11': [
    {
      id: 'purchase-order',
      label: 'Purchase order number',
      helpText: 'The number of your purchase order for the quote, for example PO-4512.',
      kind: 'purchase-order',
      required: true,
      visibility: 'customer',
      imagesOnly: false,
    },
    { ...contact, required: false },
  ],
  '12': [
    registration,
    contact,
    {
      id: 'vehicle-location',
      label: 'Where the vehicle is',
      helpText: 'The address where the work is to be done.',
      kind: 'location',
      required: true,
      visibility: 'customer',
      imagesOnly: false,
    },
    unitSerial,
  ],
});

const versionTwoDocument = (requestTypes: unknown): Record<string, unknown> => ({
  ...structuredClone(defaultConfig),
  version: 2,
  checklists: { ...defaultConfig.checklists, requestTypes },
});

describe('upgradeConfig', () => {
  it('writes version 3 as the current version', () => {
    expect(currentConfigVersion).toBe(3);
    expect(defaultConfig.version).toBe(3);
  });

  it('loads a version-1 document as a field-service current one, keeping its settings', () => {
    const checked = checkConfig(versionOneDocument);

    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.config).toMatchObject({
      version: 3,
      preset: 'field-service',
      companyName: 'Tui Fleet',
      statusMapping: { 'With Courier': 'awaiting-dispatch' },
      accounts: { customerProxies: ['bridge-1'] },
    });
    expect(checked.config.rules.reopen).toMatchObject({ enabled: false, windowDays: null });
    expect(checked.config.rules.handBack).toEqual({ enabled: true, targetStatus: 'In Progress' });
  });

  it('drops the lists the version-2 preset keyed by the demo ids 10, 11 and 12', () => {
    const checked = checkConfig(versionTwoDocument(versionTwoPresetLists()));

    expect(checked.ok && checked.config.version).toBe(3);
    expect(checked.ok && checked.config.checklists.requestTypes).toEqual({});
  });

  it('keeps every list the admin made or changed, and the preset lists beside them go', () => {
    const lists = versionTwoPresetLists();
    const changed = lists['10']?.map((item) =>
      item.id === 'screenshots' ? { ...item, required: true } : item,
    );
    const own = [
      { id: 'licence', label: 'Licence key', kind: 'text', required: true, visibility: 'agent' },
    ];
    const document = versionTwoDocument({ ...lists, '10': changed, '21': own, '30': [] });

    const checked = checkConfig(document);

    expect(checked.ok && Object.keys(checked.config.checklists.requestTypes)).toEqual([
      '10',
      '21',
      '30',
    ]);
    expect(checked.ok && checked.config.checklists.requestTypes['10']?.[1]?.required).toBe(true);
  });

  it('keeps a preset list under an id it never used, and one with a form field mapped', () => {
    const lists = versionTwoPresetLists();
    const mapped = lists['12']?.map((item, index) =>
      index === 0 ? { ...item, fieldId: 'customfield_10050' } : item,
    );

    const checked = checkConfig(versionTwoDocument({ '20': lists['11'], '12': mapped }));

    expect(checked.ok && Object.keys(checked.config.checklists.requestTypes).sort()).toEqual([
      '12',
      '20',
    ]);
  });

  it('keeps the same lists in a current document, where the admin chose them', () => {
    const config: StatusGuideConfig = structuredClone(defaultConfig);
    config.checklists.requestTypes = versionTwoPresetLists();

    const checked = checkConfig(JSON.parse(JSON.stringify(config)));

    expect(checked.ok && Object.keys(checked.config.checklists.requestTypes)).toEqual([
      '10',
      '11',
      '12',
    ]);
  });

  it('leaves a current document and things that are not documents alone', () => {
    expect(upgradeConfig(defaultConfig)).toBe(defaultConfig);
    expect(upgradeConfig('text')).toBe('text');
    expect(upgradeConfig(null)).toBeNull();
  });

  it.each([[0], [4], ['1']])('refuses a document of version %p', (version) => {
    const checked = checkConfig({ ...defaultConfig, version });

    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((p) => p.path)).toEqual(['version']);
  });

  it.each(['field-service', 'it-service-desk'] as const)(
    'round-trips the %s preset through JSON',
    (preset) => {
      const config = configForPreset(preset);

      expect(checkConfig(JSON.parse(JSON.stringify(config)))).toEqual({ ok: true, config });
    },
  );

  it('refuses a preset it does not know, naming the field', () => {
    expect(checkConfig({ ...defaultConfig, preset: 'retail' })).toEqual({
      ok: false,
      problems: [
        { path: 'preset', message: 'Choose the field-service or the IT service desk preset.' },
      ],
    });
  });
});
