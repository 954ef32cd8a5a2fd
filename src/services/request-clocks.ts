import type { CalendarView } from '../contracts/promise-clocks';
import { defaultCalendarSettings } from '../domain/calendar/calendar-presets';
import { parseDayKey } from '../domain/calendar/civil-day';
import { wallClockToInstant } from '../domain/calendar/wall-clock';
import { catalogueOf } from '../domain/catalogue/catalogue-of-preset';
import { matchStatus } from '../domain/catalogue/match-status';
import type { StatusGuideConfig } from '../domain/config/schema';
import { computePromiseClocks } from '../domain/promises/compute-promise-clocks';
import { recordOutcomes } from '../domain/promises/record-outcomes';
import type { PromiseClocks, RecordedOutcomes, StatusChange } from '../domain/promises/types';
import type { RequestState } from '../domain/request-state';
import type { IssueSnapshot } from '../jira/issues';
import { calendarFor } from './calendar-cache';
import { firstTeamReplyAt, toMs } from './request-history';

/** The clocks of one request, and the calendar they were counted on. */
export interface RequestClocks {
  clocks: PromiseClocks;
  calendar: CalendarView;
}

/**
 * Computes a request's promise clocks at `now` from its status history (Jira's changelog), its
 * comments, the facts agents recorded and the outcomes already recorded. The comments give the
 * team's first public reply and the installers' public comments; `customerIds` names request
 * participants the caller knows of, whose comments are not the team's (empty when it knows none). Throws only on a
 * calendar that can never open, which the settings schema does not allow.
 */
export const computeRequestClocks = (
  issue: IssueSnapshot,
  state: RequestState,
  config: StatusGuideConfig,
  now: Date,
  customerIds: readonly string[],
): RequestClocks => {
  const settings = config.calendar ?? defaultCalendarSettings;
  const calendar = calendarFor(settings);
  const day = (key: string | undefined): Date | undefined => {
    const parsed = key === undefined ? null : parseDayKey(key);
    return parsed === null ? undefined : new Date(wallClockToInstant(parsed, 0, settings.timeZone));
  };
  const { facts } = state;
  const firstReply = firstTeamReplyAt(issue, config, customerIds);

  const clocks = computePromiseClocks({
    createdAt: new Date(toMs(issue.created)),
    history: statusHistory(issue, config),
    matchEntry: (name) => matchStatus(name, catalogueOf(config), config.statusMapping)?.id ?? null,
    facts: withoutUndefined({
      dispatchRecordedAt: day(facts.dispatch?.dispatchedOn),
      hardwareReceivedAt: day(facts.hardwareReceivedOn),
      installerContactAt: day(facts.installerContactOn),
      firstPublicReplyAt: firstReply ?? undefined,
    }),
    installerCommentsAt: installerCommentsAt(issue, config),
    calendar,
    settings: config.clocks,
    now,
    recorded: readOutcomes(state),
  });
  return {
    clocks,
    calendar: { timeZone: settings.timeZone, isConfigured: config.calendar !== null },
  };
};

/** When the accounts listed as installers wrote comments the customer can read. */
const installerCommentsAt = (issue: IssueSnapshot, config: StatusGuideConfig): Date[] => {
  const installers = new Set(config.accounts.installers);
  return issue.comments
    .filter((comment) => comment.isPublic && installers.has(comment.authorId))
    .map((comment) => new Date(toMs(comment.created)));
};

/**
 * The statuses the request entered, oldest first, starting with the one it was created in; a
 * status is done when its catalogue entry is, or, for the current one, when Jira files it so (the
 * changelog does not say the category of earlier ones).
 */
const statusHistory = (issue: IssueSnapshot, config: StatusGuideConfig): StatusChange[] => {
  const createdAt = new Date(toMs(issue.created));
  const initial = issue.statusChanges[0]?.fromStatusName ?? issue.statusName;
  const isDone = (statusName: string): boolean =>
    (statusName === issue.statusName && issue.statusCategory === 'done') ||
    matchStatus(statusName, catalogueOf(config), config.statusMapping)?.category === 'done';
  const changes = [
    { at: createdAt, statusName: initial },
    ...issue.statusChanges.map((change) => ({
      at: new Date(toMs(change.at)),
      statusName: change.toStatusName,
    })),
  ];
  return changes.map((change) => ({ ...change, isDone: isDone(change.statusName) }));
};

const readOutcomes = (state: RequestState): RecordedOutcomes => {
  const outcomes: RecordedOutcomes = {};
  for (const [kind, outcome] of Object.entries(state.clockOutcomes)) {
    if (outcome === undefined) continue;
    outcomes[kind as keyof RecordedOutcomes] =
      outcome.kind === 'met'
        ? {
            kind: 'met',
            at: new Date(outcome.at),
            dueAt: new Date(outcome.dueAt),
            onTime: outcome.onTime,
            ...(outcome.restsOn === undefined ? {} : { restsOn: outcome.restsOn }),
          }
        : { kind: 'missed', dueAt: new Date(outcome.dueAt) };
  }
  return outcomes;
};

/**
 * The outcomes to store after computing clocks: new met and missed results join the stored ones,
 * and stored ones the clocks no longer stand on (an earlier episode's, a cleared fact's) go.
 * @example storableOutcomes(clocks, state) // { acknowledgement: { kind: 'met', … } }
 */
export const storableOutcomes = (
  clocks: PromiseClocks,
  state: RequestState,
): RequestState['clockOutcomes'] => {
  const recorded = recordOutcomes(readOutcomes(state), clocks);
  const stored: RequestState['clockOutcomes'] = {};
  for (const [kind, outcome] of Object.entries(recorded)) {
    stored[kind as keyof RecordedOutcomes] =
      outcome.kind === 'met'
        ? {
            kind: 'met',
            at: outcome.at.toISOString(),
            dueAt: outcome.dueAt.toISOString(),
            onTime: outcome.onTime,
            ...(outcome.restsOn === undefined ? {} : { restsOn: outcome.restsOn }),
          }
        : { kind: 'missed', dueAt: outcome.dueAt.toISOString() };
  }
  return stored;
};

const withoutUndefined = <T extends Record<string, unknown>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
