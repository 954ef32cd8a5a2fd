import type { AppLogLine, SandboxLog } from './log';

const levels = new Set(['info', 'warn', 'error']);
const consoleMethods = ['log', 'info', 'warn', 'error'] as const;

/**
 * The app's log line in what was written to the console: one string that is a JSON object with a
 * `level` and a `msg`, as the app's logger writes. Null for anything else, which is the sandbox's
 * own output or a stray console call, and must be printed as it is.
 *
 * @example parseAppLogLine(['{"level":"info","msg":"comment event handled"}'])
 * // { level: 'info', msg: 'comment event handled' }
 * @example parseAppLogLine(['Sandbox stopped.']) // null
 */
export const parseAppLogLine = (args: unknown[]): AppLogLine | null => {
  const [text] = args;
  if (args.length !== 1 || typeof text !== 'string' || !text.startsWith('{')) return null;

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;

  const line = value as Record<string, unknown>;
  const isAppLine = typeof line.msg === 'string' && levels.has(String(line.level));
  return isAppLine ? (line as unknown as AppLogLine) : null;
};

/**
 * Hands the app's JSON log lines to the sandbox log instead of the terminal, so quiet mode tells
 * one story; everything else written to the console prints as before. Returns the undo.
 */
export const routeAppLogLines = (log: SandboxLog): (() => void) => {
  const originals = consoleMethods.map(
    (method) => [method, console[method].bind(console)] as const,
  );

  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      const line = parseAppLogLine(args);
      if (line) log.addAppLine(line);
      else original(...args);
    };
  }

  return () => {
    for (const [method, original] of originals) console[method] = original;
  };
};
