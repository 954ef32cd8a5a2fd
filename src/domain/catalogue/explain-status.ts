import type { StatusExplanation } from '../../contracts/status-guide';
import { describeActors } from './actors';
import { applyWordingOverrides } from './apply-wording-overrides';
import type { CustomerLanguage } from './customer-language';
import { customerPhrases } from './customer-phrases';
import { fillCompany } from './fill-company';
import { frenchEntryWording } from './french-wording';
import { matchStatus } from './match-status';
import type { CatalogueEntry, StatusCategory } from './types';
import type { WordingOverrides } from './wording-overrides-schema';

export { fillCompany } from './fill-company';

/** What an explanation needs to know about the request's current status. */
export interface CurrentStatus {
  name: string;
  category: StatusCategory;
}

/** The parts of the configuration that shape the words. */
export interface WordingSettings {
  companyName: string;
  statusMapping: Readonly<Record<string, string>>;
  /** Whether a customer comment reopens a resolved request; the words must not promise it if not. */
  rules: { reopen: { enabled: boolean } };
  /** The admin's own words over the preset's; none when absent. */
  wording?: WordingOverrides | undefined;
}

/** What the words depend on about the request itself. */
export interface RequestCircumstances {
  /** The JSM request type's id; null when the issue has none. */
  requestTypeId: string | null;
  /** True once the team recorded the hardware as dispatched. */
  isDispatched: boolean;
  /** The language the customer reads; English when absent. The admin's own words win in any. */
  language?: CustomerLanguage | undefined;
}

const noCircumstances: RequestCircumstances = { requestTypeId: null, isDispatched: false };
const noOverrides: WordingOverrides = { entries: {}, requestTypes: {} };

/**
 * Explains a workflow status to a customer: the matching catalogue entry's words (the request
 * type's overrides, then the overrides for all types, then the preset; the entry's words for a
 * dispatched order once the dispatch is recorded), or a neutral explanation from the status
 * category when no entry matches. Never throws.
 */
export const explainStatus = (
  status: CurrentStatus,
  catalogue: readonly CatalogueEntry[],
  settings: WordingSettings,
  circumstances: RequestCircumstances = noCircumstances,
): StatusExplanation => {
  const entry = matchStatus(status.name, catalogue, settings.statusMapping);
  const fill = (text: string): string => fillCompany(text, settings.companyName);
  const language = circumstances.language ?? 'en';
  const phrases = customerPhrases[language];

  if (!entry) {
    const wording = phrases.neutralWording[status.category];
    const actsNextLabel = status.category === 'done' ? phrases.nobodyActs : phrases.ourTeam;
    return {
      statusName: status.name,
      entryId: null,
      headline: wording.headline,
      actsNext: status.category === 'done' ? [] : ['support-team'],
      actsNextLabel,
      waitsOnCustomer: false,
      whatHappensNext: wording.whatHappensNext,
      customerCanDo: wording.customerCanDo,
      tips: wording.tips,
      promise: null,
    };
  }

  const translated = language === 'fr' ? frenchEntryWording[entry.id] : undefined;
  const own = translated ?? entry;
  const dispatched = circumstances.isDispatched ? own.onceDispatched : undefined;
  const wording = applyWordingOverrides(own.wording, settings.wording ?? noOverrides, {
    entryId: entry.id,
    requestTypeId: circumstances.requestTypeId,
    companyName: settings.companyName,
  });
  // What the dispatch changed stays true whatever the overrides say about the wait before it.
  const current = dispatched === undefined ? wording : { ...wording, ...fillAll(dispatched, fill) };
  const { actsNext } = entry;

  return {
    statusName: status.name,
    entryId: entry.id,
    headline: current.headline,
    actsNext: [...actsNext],
    actsNextLabel:
      actsNext.length === 0
        ? phrases.nobodyActs
        : fill(describeActors(actsNext, entry.actsInTurn, language)),
    waitsOnCustomer: entry.waitsOnCustomer,
    whatHappensNext: current.whatHappensNext,
    customerCanDo: [
      ...current.customerCanDo,
      ...(entry.isResolved
        ? [settings.rules.reopen.enabled ? phrases.commentReopens : phrases.commentIsRead]
        : []),
    ],
    tips: current.tips,
    promise:
      current.promiseText !== undefined && dispatched === undefined
        ? {
            text: current.promiseText,
            lateText: current.promiseLateText ?? fill(phrases.promiseMissed),
          }
        : null,
  };
};

const fillAll = (
  words: { headline: string; whatHappensNext: string },
  fill: (text: string) => string,
): { headline: string; whatHappensNext: string } => ({
  headline: fill(words.headline),
  whatHappensNext: fill(words.whatHappensNext),
});
