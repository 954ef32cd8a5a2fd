import { applyWordingOverrides } from '../../../../src/domain/catalogue/apply-wording-overrides';
import type { EntryWording } from '../../../../src/domain/catalogue/types';
import type { WordingOverrides } from '../../../../src/domain/catalogue/wording-overrides-schema';

const preset: EntryWording = {
  headline: 'Your order is with logistics.',
  whatHappensNext: 'Logistics sends it out.',
  customerCanDo: ['Comment at any time.'],
  tips: ['{company} ships on weekdays.'],
  promiseText: 'We dispatch within 5 business days.',
};

const overrides: WordingOverrides = {
  entries: {
    'awaiting-dispatch': {
      headline: 'Packed by {company}, ready to go.',
      whatHappensNext: 'A courier collects it.',
    },
  },
  requestTypes: {
    '12': { 'awaiting-dispatch': { headline: 'The parts for your installer are being packed.' } },
  },
};

const choose = (requestTypeId: string | null, entryId = 'awaiting-dispatch') => ({
  entryId,
  requestTypeId,
  companyName: 'tui fleet',
});

describe('applyWordingOverrides', () => {
  it('lets the request type’s override win over the one for all request types', () => {
    const wording = applyWordingOverrides(preset, overrides, choose('12'));

    expect(wording.headline).toBe('The parts for your installer are being packed.');
    expect(wording.whatHappensNext).toBe('A courier collects it.');
  });

  it('uses the override for all request types on a type that has none of its own', () => {
    const wording = applyWordingOverrides(preset, overrides, choose('10'));

    expect(wording.headline).toBe('Packed by tui fleet, ready to go.');
  });

  it('keeps the preset’s words for every field nobody overrode, with the company filled in', () => {
    const wording = applyWordingOverrides(preset, overrides, choose('12'));

    expect(wording.customerCanDo).toEqual(['Comment at any time.']);
    expect(wording.tips).toEqual(['Tui fleet ships on weekdays.']);
    expect(wording.promiseText).toBe('We dispatch within 5 business days.');
  });

  it('replaces a list as a whole', () => {
    const withTips: WordingOverrides = {
      entries: { 'awaiting-dispatch': { tips: ['One.', 'Two.'] } },
      requestTypes: { '11': { 'awaiting-dispatch': { tips: ['Only this.'] } } },
    };

    expect(applyWordingOverrides(preset, withTips, choose('11')).tips).toEqual(['Only this.']);
    expect(applyWordingOverrides(preset, withTips, choose('10')).tips).toEqual(['One.', 'Two.']);
  });

  it('ignores the overrides of other entries and of request types for an issue without one', () => {
    const wording = applyWordingOverrides(preset, overrides, choose(null, 'in-review'));

    expect(wording.headline).toBe('Your order is with logistics.');
    expect(applyWordingOverrides(preset, overrides, choose(null)).headline).toBe(
      'Packed by tui fleet, ready to go.',
    );
  });

  it('drops a promise sentence on an entry whose preset carries no promise', () => {
    const noPromise: EntryWording = { ...preset };
    delete noPromise.promiseText;
    const promising: WordingOverrides = {
      entries: { 'in-progress': { promiseText: 'Fixed by Friday.', promiseLateText: 'Sorry.' } },
      requestTypes: {},
    };

    const wording = applyWordingOverrides(noPromise, promising, choose('10', 'in-progress'));

    expect(wording.promiseText).toBeUndefined();
    expect(wording.promiseLateText).toBeUndefined();
  });

  it('fills the company into an overridden promise sentence', () => {
    const promising: WordingOverrides = {
      entries: {},
      requestTypes: { '11': { 'awaiting-dispatch': { promiseLateText: '{company} is sorry.' } } },
    };

    const wording = applyWordingOverrides(preset, promising, choose('11'));

    expect(wording.promiseLateText).toBe('Tui fleet is sorry.');
  });
});
