/** One thing the sandbox did: an event, a function invocation or a REST call. */
export type LogEntry =
  | {
      type: 'event';
      at: string;
      eventType: string;
      issueKey: string;
      delivered: string[];
      dropped: { trigger: string; why: string }[];
    }
  | {
      type: 'invocation';
      at: string;
      functionKey: string;
      kind: 'resolver' | 'trigger';
      detail: string;
      durationMs: number;
      outcome: string;
    }
  | {
      type: 'rest';
      at: string;
      source: 'app' | 'http' | 'bridge';
      as: string;
      method: string;
      path: string;
      query: string;
      requestBody: unknown;
      status: number;
      responseBody: unknown;
    };

/** A line the app wrote with its logger (one JSON object); the fields the terminal story uses. */
export interface AppLogLine {
  level: 'info' | 'warn' | 'error';
  msg: string;
  issueKey?: string;
  /** The resolver function the line is about. */
  definition?: string;
  outcome?: string;
  reason?: string;
  error?: { name?: string; message?: string; stack?: string };
}

/** Issues whose app outcome waits for its invocation line, at most; the oldest are dropped. */
const pendingOutcomeLimit = 200;

/** Keeps what the sandbox did, for tests and benchmarks, and prints it: briefly, or in detail. */
export class SandboxLog {
  readonly entries: LogEntry[] = [];
  private readonly observers: ((entry: LogEntry) => void)[] = [];
  /** The app's outcome per issue key, said on the next trigger invocation line for that issue. */
  private readonly appOutcomes = new Map<string, string>();

  constructor(
    private readonly mode: 'silent' | 'quiet' | 'verbose' = 'silent',
    private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    /** Entries kept at most; the oldest are dropped first. */
    private readonly limit = 20000,
  ) {}

  /** Calls `observer` with every entry from now on, however many are kept or cleared. */
  observe(observer: (entry: LogEntry) => void): void {
    this.observers.push(observer);
  }

  add(entry: LogEntry): void {
    for (const observer of this.observers) observer(entry);
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    if (this.mode === 'silent') return;

    if (this.mode === 'verbose') {
      this.print(JSON.stringify(entry));
    } else if (entry.type !== 'rest') {
      // Quiet mode tells the story (events and what ran); REST detail needs --verbose.
      this.print(`${summarise(entry)}${this.takeAppOutcome(entry)}`);
    }
  }

  /**
   * Takes a line the app logged. Verbose mode prints it as it is; quiet mode folds an issue's
   * outcome into that issue's next trigger line, drops what a resolver line already says, and
   * prints errors (with their stack) and anything else in a sentence.
   */
  addAppLine(line: AppLogLine): void {
    if (this.mode === 'silent') return;
    if (this.mode === 'verbose') {
      this.print(JSON.stringify(line));
      return;
    }

    const time = new Date().toISOString().slice(11, 19);
    if (line.level === 'error') {
      this.print(describeAppLine(time, line));
    } else if (line.definition !== undefined) {
      // A resolver's line says what its invocation line says already.
    } else if (line.issueKey !== undefined) {
      this.holdAppOutcome(line.issueKey, describeAppOutcome(line));
    } else {
      this.print(describeAppLine(time, line));
    }
  }

  /** Entries of one type, oldest first. */
  ofType<T extends LogEntry['type']>(type: T): Extract<LogEntry, { type: T }>[] {
    return this.entries.filter(
      (entry): entry is Extract<LogEntry, { type: T }> => entry.type === type,
    );
  }

  clear(): void {
    this.entries.length = 0;
  }

  private holdAppOutcome(issueKey: string, outcome: string): void {
    this.appOutcomes.delete(issueKey);
    this.appOutcomes.set(issueKey, outcome);
    const oldest = this.appOutcomes.keys().next();
    if (this.appOutcomes.size > pendingOutcomeLimit && !oldest.done) {
      this.appOutcomes.delete(oldest.value);
    }
  }

  private takeAppOutcome(entry: LogEntry): string {
    if (entry.type !== 'invocation' || entry.kind !== 'trigger') return '';
    const issueKey = /(?:^|\s)([A-Z][A-Z0-9_]*-\d+)(?:\s|$)/.exec(entry.detail)?.[1];
    const outcome = issueKey === undefined ? undefined : this.appOutcomes.get(issueKey);
    if (issueKey === undefined || outcome === undefined) return '';

    this.appOutcomes.delete(issueKey);
    return ` · app: ${outcome}`;
  }
}

const summarise = (entry: LogEntry): string => {
  const time = entry.at.slice(11, 19);
  switch (entry.type) {
    case 'event':
      return `${time} event ${entry.eventType} ${entry.issueKey} -> ${entry.delivered.join(', ') || 'no trigger'}`;
    case 'invocation':
      return `${time} ${entry.kind} ${entry.functionKey} ${entry.detail} ${entry.outcome} (${entry.durationMs} ms)`;
    case 'rest':
      return `${time} ${entry.source} ${entry.as} ${entry.method} ${entry.path} ${entry.status}`;
  }
};

const describeAppOutcome = (line: AppLogLine): string => {
  const outcome = line.outcome ?? line.msg;
  return line.reason === undefined ? outcome : `${outcome} (${line.reason})`;
};

const describeAppLine = (time: string, line: AppLogLine): string => {
  const about = [line.issueKey, line.definition, line.outcome].filter(Boolean).join(' ');
  const reason = line.reason === undefined ? '' : ` (${line.reason})`;
  const error = line.error;
  const cause = error
    ? `\n${error.stack ?? `${error.name ?? 'Error'}: ${error.message ?? ''}`}`
    : '';
  return `${time} app ${line.level}: ${line.msg}${about ? ` ${about}` : ''}${reason}${cause}`;
};
