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

/** Keeps what the sandbox did, for tests and benchmarks, and prints it: briefly, or in detail. */
export class SandboxLog {
  readonly entries: LogEntry[] = [];

  constructor(
    private readonly mode: 'silent' | 'quiet' | 'verbose' = 'silent',
    private readonly print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    /** Entries kept at most; the oldest are dropped first. */
    private readonly limit = 20000,
  ) {}

  add(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    if (this.mode === 'silent') return;

    if (this.mode === 'verbose') {
      this.print(JSON.stringify(entry));
    } else if (entry.type !== 'rest') {
      // Quiet mode tells the story (events and what ran); REST detail needs --verbose.
      this.print(summarise(entry));
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
