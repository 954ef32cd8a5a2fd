import { presetChecklists } from '../../../../src/domain/checklist/checklist-presets';
import { defaultConfig } from '../../../../src/domain/config/defaults';
import { checkConfig } from '../../../../src/domain/config/schema';

const withChecklists = (checklists: unknown) => ({ ...defaultConfig, checklists });

describe('the checklists settings', () => {
  it('gives a stored document written before checklists the preset', () => {
    const older: Partial<typeof defaultConfig> = { ...defaultConfig };
    delete older.checklists;

    const checked = checkConfig(older);

    expect(checked.ok && checked.config.checklists).toEqual(presetChecklists);
  });

  it.each([
    [
      'an unknown kind',
      { '10': [{ id: 'a', label: 'A', kind: 'colour', required: true, visibility: 'customer' }] },
      'checklists.requestTypes.10.0.kind',
      'The kind is one of: text, registration, phone-or-email, location, attachment, user-list, purchase-order.',
    ],
    [
      'an empty label',
      { '10': [{ id: 'a', label: ' ', kind: 'text', required: true, visibility: 'customer' }] },
      'checklists.requestTypes.10.0.label',
      'Enter a label for the item.',
    ],
    [
      'a request type that is not an id',
      { faults: [] },
      'checklists.requestTypes.faults',
      'A request type is named by its numeric id.',
    ],
  ])('names the field at fault for %s', (_what, requestTypes, path, message) => {
    const checked = checkConfig(withChecklists({ ...presetChecklists, requestTypes }));

    expect(checked.ok ? [] : checked.problems).toContainEqual({ path, message });
  });

  it.each([
    ['LLLNNN', true],
    ['llnnnn', true],
    ['LLLL', false],
    ['LL-NN', false],
    ['^.*$', false],
  ])('takes the registration format %p: %p', (mask, isValid) => {
    const registration = {
      countries: { NZ: { name: 'New Zealand', formats: [mask] } },
      inUse: ['NZ'],
    };

    const checked = checkConfig(withChecklists({ ...presetChecklists, registration }));

    expect(checked.ok).toBe(isValid);
  });

  it('refuses a country in use that has no formats, naming it', () => {
    const registration = { ...presetChecklists.registration, inUse: ['NZ', 'FJ'] };

    const checked = checkConfig(withChecklists({ ...presetChecklists, registration }));

    expect(checked.ok ? [] : checked.problems).toContainEqual({
      path: 'checklists.registration.inUse.1',
      message: 'No registration formats are set for FJ.',
    });
  });
});
