import {
  applyWordingOverrides,
  withWordingOverrides,
} from '../../../../src/domain/catalogue/apply-wording-overrides';
import { fieldServicePreset } from '../../../../src/domain/catalogue/field-service-preset';

const resolved = fieldServicePreset.find((entry) => entry.id === 'resolved');
if (!resolved) throw new Error('The preset has no resolved entry.');

describe('applyWordingOverrides', () => {
  it('keeps the preset’s words when nothing is overridden', () => {
    expect(applyWordingOverrides(resolved, { entries: {}, requestTypes: {} })).toEqual(
      resolved.wording,
    );
  });

  it('lays an override for all request types over the preset, field by field', () => {
    const wording = applyWordingOverrides(resolved, {
      entries: { resolved: { headline: 'All fixed.' } },
      requestTypes: {},
    });

    expect(wording.headline).toBe('All fixed.');
    expect(wording.whatHappensNext).toBe(resolved.wording.whatHappensNext);
  });

  it('lets a request type’s override win over the one for all types', () => {
    const overrides = {
      entries: { resolved: { headline: 'All fixed.' } },
      requestTypes: { '12': { resolved: { headline: 'The installer has finished.' } } },
    };

    expect(applyWordingOverrides(resolved, overrides, '12').headline).toBe(
      'The installer has finished.',
    );
    expect(applyWordingOverrides(resolved, overrides, '10').headline).toBe('All fixed.');
  });

  it('changes only the words of the catalogue, not which entry is which', () => {
    const catalogue = withWordingOverrides(fieldServicePreset, {
      entries: { resolved: { tips: ['Rate us.'] } },
      requestTypes: {},
    });

    expect(catalogue.map((entry) => entry.id)).toEqual(fieldServicePreset.map((e) => e.id));
    expect(catalogue.find((entry) => entry.id === 'resolved')?.wording.tips).toEqual(['Rate us.']);
  });
});
