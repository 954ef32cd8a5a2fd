import { fieldServicePreset } from '../../../../src/domain/catalogue/field-service-preset';
import { normaliseStatusName } from '../../../../src/domain/catalogue/match-status';

const statusesOfTheModel = [
  ['in-review', 'In Review'],
  ['in-progress', 'In Progress'],
  ['waiting-for-customer', 'Waiting for Customer'],
  ['awaiting-purchase-order', 'Awaiting Purchase Order'],
  ['escalated-software', 'Escalated to Software Engineering'],
  ['escalated-hardware', 'Escalated to Hardware Support'],
  ['awaiting-dispatch', 'Awaiting Dispatch'],
  ['awaiting-stock', 'Awaiting Stock'],
  ['assigned-to-installer', 'Assigned to Installer'],
  ['installer-booked', 'Installer Booked'],
  ['installer-not-booked', 'Unable to Book Installer'],
  ['awaiting-service-information', 'Awaiting Service Information'],
  ['escalated-technical-services', 'Escalated to Technical Services'],
  ['on-hold', 'On Hold'],
  ['resolved', 'Resolved'],
] as const;

describe('the field-service preset', () => {
  it.each(statusesOfTheModel)('has the entry %s named %s', (id, name) => {
    const entry = fieldServicePreset.find((e) => e.id === id);

    expect(entry?.name).toBe(name);
    expect(entry?.wording.headline.length).toBeGreaterThan(10);
    expect(entry?.actsNext.length).toBeGreaterThan(0);
  });

  it('has no entry beyond the status model', () => {
    expect(fieldServicePreset.map((e) => e.id).sort()).toEqual(
      statusesOfTheModel.map(([id]) => id).sort(),
    );
  });

  it('never gives two entries the same name or alias', () => {
    const names = fieldServicePreset
      .flatMap((e) => [e.name, ...e.aliases])
      .map(normaliseStatusName);

    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['in-review', { kind: 'acknowledge', businessHours: 8 }],
    ['awaiting-dispatch', { kind: 'dispatch', businessDays: 5 }],
    ['assigned-to-installer', { kind: 'installer-contact', businessDays: 3 }],
    ['installer-booked', { kind: 'installer-silence', calendarDays: 7 }],
    ['awaiting-stock', { kind: 'stock-eta' }],
  ])('gives %s its promise', (id, promise) => {
    expect(fieldServicePreset.find((e) => e.id === id)?.promise).toEqual(promise);
  });

  it('carries no promise where the model has none', () => {
    const promised = fieldServicePreset.filter((e) => e.promise !== null).map((e) => e.id);

    expect(promised.sort()).toEqual(
      [
        'assigned-to-installer',
        'awaiting-dispatch',
        'awaiting-stock',
        'in-review',
        'installer-booked',
      ].sort(),
    );
  });

  it.each(['waiting-for-customer', 'awaiting-purchase-order', 'installer-not-booked'])(
    'marks %s as waiting on the customer',
    (id) => {
      expect(fieldServicePreset.find((e) => e.id === id)?.waitsOnCustomer).toBe(true);
    },
  );

  it('marks only the resolved entry as resolved', () => {
    expect(fieldServicePreset.filter((e) => e.isResolved).map((e) => e.id)).toEqual(['resolved']);
  });

  it('never names a company in its wording', () => {
    const words = JSON.stringify(fieldServicePreset.map((e) => e.wording));

    expect(words).not.toMatch(/telematics/i);
  });
});
