import type { StatusExplanation } from '../../contracts/status-guide';
import { describeActors } from './actors';
import { applyWordingOverrides } from './apply-wording-overrides';
import { fillCompany } from './fill-company';
import { matchStatus } from './match-status';
import type { CatalogueEntry, EntryWording, StatusCategory } from './types';
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
}

const noCircumstances: RequestCircumstances = { requestTypeId: null, isDispatched: false };
const noOverrides: WordingOverrides = { entries: {}, requestTypes: {} };

const commentReopens = "Still not right? Add a comment and we'll reopen the request automatically.";
const commentIsRead = "Still not right? Add a comment and we'll take another look.";
const promiseMissed =
  "This is taking longer than we promised, and we're sorry for the wait. We're on it and will " +
  'update this request as soon as we can.';

const neutralWording: Record<StatusCategory, EntryWording> = {
  new: {
    headline: "We've received your request and will look at it soon.",
    whatHappensNext: 'Our team will pick it up and reply to you here.',
    customerCanDo: ['Add a comment on this request at any time if something changes.'],
    tips: [],
  },
  indeterminate: {
    headline: 'Your request is being worked on.',
    whatHappensNext: "We'll update you here when there is news or if we need anything from you.",
    customerCanDo: ['Add a comment on this request at any time if something changes.'],
    tips: [],
  },
  done: {
    headline: 'This request is finished.',
    whatHappensNext: 'Nothing more is needed from you.',
    customerCanDo: ['Still not right? Add a comment to tell us.'],
    tips: [],
  },
};

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

  if (!entry) {
    const wording = neutralWording[status.category];
    const actsNextLabel = status.category === 'done' ? 'Nobody: it is finished' : 'Our team';
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

  const dispatched = circumstances.isDispatched ? entry.onceDispatched : undefined;
  const wording = applyWordingOverrides(entry.wording, settings.wording ?? noOverrides, {
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
    actsNextLabel: fill(describeActors(actsNext, entry.actsInTurn)),
    waitsOnCustomer: entry.waitsOnCustomer,
    whatHappensNext: current.whatHappensNext,
    customerCanDo: [
      ...current.customerCanDo,
      ...(entry.isResolved ? [settings.rules.reopen.enabled ? commentReopens : commentIsRead] : []),
    ],
    tips: current.tips,
    promise:
      current.promiseText !== undefined && dispatched === undefined
        ? { text: current.promiseText, lateText: current.promiseLateText ?? fill(promiseMissed) }
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
