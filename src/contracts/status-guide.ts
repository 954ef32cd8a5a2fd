/** Who acts next on a request, as the customer should read it. */
export type Actor =
  | 'customer'
  | 'support-team'
  | 'support-coordinator'
  | 'software-engineers'
  | 'hardware-specialists'
  | 'technical-services'
  | 'logistics'
  | 'supplier'
  | 'installer'
  | 'company';

/** The promise a status carries, as shown to people (no dates yet: those come from the calendar). */
export interface PromiseSummary {
  /** Plain sentence: "We acknowledge every request within 8 business hours." */
  text: string;
  /** What to say instead of a due date once the promise is missed for this request. */
  lateText: string;
}

/** What a customer (or the preview of the customer's panel) reads about the current status. */
export interface StatusExplanation {
  /** The workflow status exactly as Jira names it ("In Review"). */
  statusName: string;
  /** Catalogue entry id the status maps to, or null when it is not mapped. */
  entryId: string | null;
  /** One line in plain words. */
  headline: string;
  /** Who acts next, in order. */
  actsNext: Actor[];
  /** Plain label of who acts next ("Our installer"). */
  actsNextLabel: string;
  /** True when the request waits on the customer: the panel leads with it. */
  waitsOnCustomer: boolean;
  /** What happens next, in one or two sentences. */
  whatHappensNext: string;
  /** What the customer can do now. */
  customerCanDo: string[];
  /** Extra advice that belongs to this status. */
  tips: string[];
  promise: PromiseSummary | null;
}
