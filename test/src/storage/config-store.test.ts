import { defaultConfig } from '../../../src/domain/config/defaults';
import {
  ConfigInvalidError,
  loadConfig,
  saveProjectConfig,
  saveSiteConfig,
} from '../../../src/storage/config-store';
import { type Harness, startHarness } from '../../support/sandbox-harness';

describe('the configuration store', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = await startHarness();
  });

  it('uses the preset when nothing is stored', async () => {
    expect(await loadConfig('FS')).toEqual({
      config: defaultConfig,
      source: 'preset',
      problem: null,
    });
  });

  it('lets a project’s own document win over the site defaults', async () => {
    await saveSiteConfig({ ...defaultConfig, companyName: 'Site Co' });
    await saveProjectConfig('FS', { ...defaultConfig, companyName: 'Project Co' });

    const forProject = await loadConfig('FS');
    const forOther = await loadConfig('IT');

    expect(forProject).toMatchObject({ source: 'project', config: { companyName: 'Project Co' } });
    expect(forOther).toMatchObject({ source: 'site', config: { companyName: 'Site Co' } });
  });

  it('loads a stored version-1 document as a current one', async () => {
    harness.site.state.appStorage['config:project:FS'] = {
      version: 1,
      companyName: 'Tui Fleet',
      preset: 'field-service',
      statusMapping: {},
      rules: { reopen: { enabled: true, targetStatus: 'In Review' } },
      accounts: { customerProxies: [], integrations: [], installers: [] },
    };

    const loaded = await loadConfig('FS');

    expect(loaded).toMatchObject({
      source: 'project',
      problem: null,
      config: { version: 3, companyName: 'Tui Fleet' },
    });
  });

  it('falls back to the last valid document when the stored one is damaged, and says so', async () => {
    await saveProjectConfig('FS', { ...defaultConfig, companyName: 'Tui Fleet' });
    harness.site.state.appStorage['config:project:FS'] = { version: 2, companyName: 42 };

    const loaded = await loadConfig('FS');

    expect(loaded.config.companyName).toBe('Tui Fleet');
    expect(loaded.problem).toContain('last valid');
    expect(loaded.problem).toContain('companyName');
  });

  it('falls back to the site defaults when a damaged document has no valid copy', async () => {
    harness.site.state.appStorage['config:project:FS'] = 'not a document';

    const loaded = await loadConfig('FS');

    expect(loaded).toMatchObject({ source: 'preset', config: defaultConfig });
    expect(loaded.problem).toContain('config:project:FS');
  });

  it('writes nothing when a document is invalid, naming every field at fault', async () => {
    const saving = saveProjectConfig('FS', { ...defaultConfig, companyName: '', preset: 'retail' });

    await expect(saving).rejects.toBeInstanceOf(ConfigInvalidError);
    await expect(saving).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'companyName' }),
        expect.objectContaining({ path: 'preset' }),
      ]),
    });
    expect(harness.site.state.appStorage['config:project:FS']).toBeUndefined();
  });
});
