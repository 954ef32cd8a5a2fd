import { factsThatApply, whyFactDoesNotApply } from '../../../src/domain/facts-that-apply';

describe('the facts that apply to a request', () => {
  it('offers every fact on field maintenance, in the order of the journey', () => {
    expect(factsThatApply('field-maintenance', {})).toEqual([
      'dispatch',
      'hardwareReceivedOn',
      'installer',
      'installerContactOn',
      'stockEta',
      'holdReason',
    ]);
  });

  it('offers the dispatch, stock ETA and hold reason on a hardware order, no installer', () => {
    expect(factsThatApply('hardware-order', {})).toEqual(['dispatch', 'stockEta', 'holdReason']);
  });

  it('offers only the hold reason on any other request of a field-service desk', () => {
    expect(factsThatApply('general', {})).toEqual(['holdReason']);
  });

  it('offers no fact on an IT desk’s request', () => {
    expect(factsThatApply('it-service-desk', {})).toEqual([]);
  });

  it('keeps a fact recorded before on a request it does not apply to', () => {
    expect(factsThatApply('general', { stockEta: '2026-12-20' })).toEqual([
      'stockEta',
      'holdReason',
    ]);
  });

  it.each([
    ['installer', 'hardware-order', 'An installer is recorded only on field-maintenance requests.'],
    [
      'stockEta',
      'general',
      'A stock ETA is recorded only on hardware orders and field-maintenance requests.',
    ],
    [
      'dispatch',
      'it-service-desk',
      'A dispatch is recorded only on hardware orders and field-maintenance requests of a field-service desk.',
    ],
    [
      'holdReason',
      'it-service-desk',
      'A hold reason is recorded only on requests of a field-service desk.',
    ],
  ] as const)('says why %s does not apply to a %s request', (fact, kind, sentence) => {
    expect(whyFactDoesNotApply(fact, kind)).toBe(sentence);
  });
});
