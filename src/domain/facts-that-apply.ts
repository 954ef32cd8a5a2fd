import type { JourneyKind } from './catalogue/likely-paths';
import type { FactChange, RequestFacts } from './request-facts';

/** The name of a fact agents record on a request ('dispatch', 'stockEta'…). */
export type FactName = FactChange['fact'];

/** Every fact, in the order of a request's journey. */
const journeyOrder: readonly FactName[] = [
  'dispatch',
  'hardwareReceivedOn',
  'installer',
  'installerContactOn',
  'stockEta',
  'holdReason',
];

// An order is sent out by logistics; only field maintenance goes on to an installer. Any request
// of a field-service desk can be put on hold, so every one takes a hold reason.
const factsOfKind: Readonly<Record<JourneyKind, ReadonlySet<FactName>>> = {
  'field-maintenance': new Set(journeyOrder),
  'hardware-order': new Set(['dispatch', 'stockEta', 'holdReason']),
  general: new Set(['holdReason']),
  'it-service-desk': new Set(),
};

/**
 * The facts agents may record on a request of this kind, in the order of its journey: every one
 * on field maintenance, the dispatch, stock ETA and hold reason on a hardware order, the hold
 * reason on any other request of a field-service desk, none on an IT desk's; a fact already
 * recorded stays, so it can still be read, changed or cleared.
 * @example factsThatApply('hardware-order', {}) // ['dispatch', 'stockEta', 'holdReason']
 * @example factsThatApply('general', { stockEta: '2026-12-20' }) // ['stockEta', 'holdReason']
 */
export const factsThatApply = (kind: JourneyKind, recorded: RequestFacts): FactName[] =>
  journeyOrder.filter((fact) => factsOfKind[kind].has(fact) || recorded[fact] !== undefined);

const factWords: Readonly<Record<FactName, string>> = {
  dispatch: 'A dispatch',
  hardwareReceivedOn: 'A hardware receipt',
  installer: 'An installer',
  installerContactOn: 'An installer contact',
  stockEta: 'A stock ETA',
  holdReason: 'A hold reason',
};

/**
 * Why a fact cannot be recorded on a request of this kind, as a sentence for the agent.
 * @example whyFactDoesNotApply('installer', 'hardware-order')
 * // 'An installer is recorded only on field-maintenance requests.'
 */
export const whyFactDoesNotApply = (fact: FactName, kind: JourneyKind): string => {
  if (factsOfKind.general.has(fact)) {
    return `${factWords[fact]} is recorded only on requests of a field-service desk.`;
  }
  const where = factsOfKind['hardware-order'].has(fact)
    ? 'hardware orders and field-maintenance requests'
    : 'field-maintenance requests';
  const desk = kind === 'it-service-desk' ? ' of a field-service desk' : '';

  return `${factWords[fact]} is recorded only on ${where}${desk}.`;
};
