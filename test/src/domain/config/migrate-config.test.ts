import { defaultConfig } from '../../../../src/domain/config/defaults';
import { currentConfigVersion, upgradeConfig } from '../../../../src/domain/config/migrate-config';
import { configForPreset } from '../../../../src/domain/config/preset-defaults';
import { checkConfig } from '../../../../src/domain/config/schema';

/** A document as version 1 of the app stored it: no preset choice, no version-2 fields. */
const versionOneDocument = {
  version: 1,
  companyName: 'Tui Fleet',
  preset: 'field-service',
  statusMapping: { 'With Courier': 'awaiting-dispatch' },
  rules: { reopen: { enabled: false, targetStatus: 'In Progress' } },
  accounts: { customerProxies: ['bridge-1'], integrations: [], installers: [] },
};

describe('upgradeConfig', () => {
  it('writes version 2 as the current version', () => {
    expect(currentConfigVersion).toBe(2);
    expect(defaultConfig.version).toBe(2);
  });

  it('loads a version-1 document as a field-service version-2 one, keeping its settings', () => {
    const checked = checkConfig(versionOneDocument);

    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.config).toMatchObject({
      version: 2,
      preset: 'field-service',
      companyName: 'Tui Fleet',
      statusMapping: { 'With Courier': 'awaiting-dispatch' },
      accounts: { customerProxies: ['bridge-1'] },
    });
    expect(checked.config.rules.reopen).toMatchObject({ enabled: false, windowDays: null });
    expect(checked.config.rules.handBack).toEqual({ enabled: true, targetStatus: 'In Progress' });
  });

  it('leaves a current document and things that are not documents alone', () => {
    expect(upgradeConfig(defaultConfig)).toBe(defaultConfig);
    expect(upgradeConfig('text')).toBe('text');
    expect(upgradeConfig(null)).toBeNull();
  });

  it.each([[0], [3], ['1']])('refuses a document of version %p', (version) => {
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
