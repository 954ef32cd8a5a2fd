/**
 * Prints an unexpected failure of the sandbox, with its stack, to stderr and returns its message
 * for the answer. The sandbox keeps serving; the person sees what broke in the terminal.
 */
export const reportFailure = (what: string, error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof Error ? (error.stack ?? message) : message;
  process.stderr.write(`sandbox: ${what} failed: ${detail}\n`);
  return message;
};
