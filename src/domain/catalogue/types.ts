import type { Actor } from '../../contracts/status-guide';

/** Jira's status categories, as the REST API keys them. */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

/** A promise a status carries; the calendar turns it into a due instant. */
export type PromiseRule =
  | { kind: 'acknowledge'; businessHours: number }
  | { kind: 'dispatch'; businessDays: number }
  | { kind: 'installer-contact'; businessDays: number }
  | { kind: 'installer-silence'; calendarDays: number }
  | { kind: 'stock-eta' };

/** Customer-facing words of one entry; `{company}` stands for the configured company name. */
export interface EntryWording {
  headline: string;
  whatHappensNext: string;
  customerCanDo: string[];
  tips: string[];
  /** Sentence describing the promise, when the entry carries one. */
  promiseText?: string;
  /** What the customer reads in place of a due date once the promise is missed; an apology when absent. */
  promiseLateText?: string;
}

/** One status the app knows the meaning of. */
export interface CatalogueEntry {
  /** Stable id used in configuration ("awaiting-dispatch"). */
  id: string;
  /** The status name a workflow usually gives it. */
  name: string;
  /** Other workflow names meaning the same (matched without regard to case or spacing). */
  aliases: string[];
  category: StatusCategory;
  actsNext: Actor[];
  /** True when those in `actsNext` act one after the other rather than together. */
  actsInTurn: boolean;
  waitsOnCustomer: boolean;
  /** True for the resolved entry: a customer comment may reopen it. */
  isResolved: boolean;
  promise: PromiseRule | null;
  wording: EntryWording;
  /**
   * For a status an order can still sit in after the hardware left: what the customer reads once
   * the dispatch is recorded, in place of the words about waiting for it; the promise about sending
   * it no longer shows.
   */
  onceDispatched?: Pick<EntryWording, 'headline' | 'whatHappensNext'>;
}
