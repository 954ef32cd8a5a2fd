/** Fields a log line may carry. Never a comment body, a name, an email or a token. */
export interface LogFields {
  eventKind?: string;
  issueKey?: string;
  projectKey?: string;
  definition?: string;
  outcome?: string;
  reason?: string;
  /** What the checklist made of an event that also went through other rules. */
  checklistOutcome?: string;
  checklistReason?: string;
  durationMs?: number;
  key?: string;
  rule?: string;
  /** The status an automatic move expected to reach. */
  expected?: string;
  /** How many requests a sweep looked at or acted on. */
  count?: number;
  status?: number;
  error?: unknown;
}

type Level = 'info' | 'warn' | 'error';

const describeError = (error: unknown): Record<string, string | undefined> =>
  error instanceof Error
    ? { name: error.name, message: error.message, stack: error.stack }
    : { name: 'NonError', message: String(error) };

const write = (level: Level, msg: string, fields: LogFields): void => {
  const { error, ...rest } = fields;
  const line = {
    level,
    msg,
    ...rest,
    ...(error === undefined ? {} : { error: describeError(error) }),
  };
  // Forge collects each console line as one log entry; one JSON object per line keeps them queryable.
  const text = JSON.stringify(line);
  if (level === 'error') console.error(text);
  else if (level === 'warn') console.warn(text);
  else console.log(text);
};

/** Writes one JSON object per line: info at decisions, warn on degraded paths, error with cause. */
export const logger = {
  info: (msg: string, fields: LogFields = {}): void => {
    write('info', msg, fields);
  },
  warn: (msg: string, fields: LogFields = {}): void => {
    write('warn', msg, fields);
  },
  error: (msg: string, fields: LogFields = {}): void => {
    write('error', msg, fields);
  },
};
