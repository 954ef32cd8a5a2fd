import type { StatusExplanation } from '../../contracts/status-guide';
import { describeActors } from './actors';
import { matchStatus } from './match-status';
import type { CatalogueEntry, EntryWording, StatusCategory } from './types';

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
}

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
 * Explains a workflow status to a customer: the matching catalogue entry's words, or a neutral
 * explanation from the status category when no entry matches. Never throws.
 */
export const explainStatus = (
  status: CurrentStatus,
  catalogue: readonly CatalogueEntry[],
  settings: WordingSettings,
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

  const { wording } = entry;
  return {
    statusName: status.name,
    entryId: entry.id,
    headline: fill(wording.headline),
    actsNext: [...entry.actsNext],
    actsNextLabel:
      entry.actsNext.length === 0
        ? 'Nobody: it is finished'
        : fill(describeActors(entry.actsNext, entry.actsInTurn)),
    waitsOnCustomer: entry.waitsOnCustomer,
    whatHappensNext: fill(wording.whatHappensNext),
    customerCanDo: [
      ...wording.customerCanDo.map(fill),
      ...(entry.isResolved ? [settings.rules.reopen.enabled ? commentReopens : commentIsRead] : []),
    ],
    tips: wording.tips.map(fill),
    promise: wording.promiseText
      ? {
          text: fill(wording.promiseText),
          lateText: fill(wording.promiseLateText ?? promiseMissed),
        }
      : null,
  };
};

/**
 * Puts the company name in place of `{company}`, capitalised at the start of a sentence.
 * @example fillCompany('{company} will call.', 'acme') // 'Acme will call.'
 */
export const fillCompany = (text: string, companyName: string): string =>
  text.replace(/\{company\}/g, (_match, offset: number) => {
    const before = text.slice(0, offset);
    const startsSentence = before.trim() === '' || /[.!?]\s*$/.test(before);
    return startsSentence
      ? companyName.charAt(0).toUpperCase() + companyName.slice(1)
      : companyName;
  });
