import type { Site } from '../site/site';
import type { SiteIssue } from '../site/types';
import { serviceDeskDate } from './representations';

/** The SLA goals of the emulated desk, counted around the clock as JSM's default calendar does. */
const goals = [
  { id: '1', name: 'Time to first response', goalMinutes: 8 * 60 },
  { id: '2', name: 'Time to resolution', goalMinutes: 5 * 24 * 60 },
] as const;

const toMs = (instant: string): number => Date.parse(instant.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/**
 * Jira's friendly duration, negative when over the goal.
 * @example friendly(-75) // '-1h 15m'
 */
const friendly = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '';
  const whole = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(whole / 60)}h ${whole % 60}m`;
};

const duration = (minutes: number) => ({
  millis: Math.round(minutes * 60_000),
  friendly: friendly(minutes),
});

/** When the SLA's cycle stopped: the first agent reply, or the first move into a done status. */
const stoppedAt = (site: Site, issue: SiteIssue, goalId: string): number | null => {
  if (goalId === '1') {
    const reply = issue.comments.find(
      (c) => c.isPublic && site.isAgent(c.authorId, issue.projectKey),
    );
    return reply ? toMs(reply.created) : null;
  }
  const statuses = site.projectOf(issue).workflow.statuses;
  const done = issue.changelog.find((entry) =>
    entry.items.some((item) => statuses.find((s) => s.id === item.to)?.category === 'done'),
  );
  return done ? toMs(done.created) : null;
};

/** The request's SLAs as JSM's request API shows them with `expand=sla`. */
export const requestSlas = (site: Site, issue: SiteIssue) => {
  const start = toMs(issue.created);
  const values = goals.map((goal) => {
    const stop = stoppedAt(site, issue, goal.id);
    const end = stop ?? site.nowMs();
    const elapsed = (end - start) / 60_000;
    const cycle = {
      startTime: serviceDeskDate(issue.created),
      breached: elapsed > goal.goalMinutes,
      goalDuration: duration(goal.goalMinutes),
      elapsedTime: duration(elapsed),
      remainingTime: duration(goal.goalMinutes - elapsed),
    };
    const breachIso = new Date(start + goal.goalMinutes * 60_000)
      .toISOString()
      .replace('Z', '+0000');

    return {
      id: goal.id,
      name: goal.name,
      completedCycles:
        stop === null
          ? []
          : [
              {
                ...cycle,
                stopTime: serviceDeskDate(new Date(stop).toISOString().replace('Z', '+0000')),
              },
            ],
      ...(stop === null
        ? {
            ongoingCycle: {
              ...cycle,
              breachTime: serviceDeskDate(breachIso),
              paused: false,
              withinCalendarHours: true,
            },
          }
        : {}),
      _links: { self: `${site.baseUrl}/rest/servicedeskapi/request/${issue.id}/sla/${goal.id}` },
    };
  });
  return { size: values.length, start: 0, limit: 50, isLastPage: true, values };
};
