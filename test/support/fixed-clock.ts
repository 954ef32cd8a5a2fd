import { holdSandboxTime, resetSandboxTime } from '../../sandbox/clock';

/**
 * Sets the current instant for the app and the sandbox alike; the clock stands still there until
 * the next call, so every action in between happens at that instant.
 */
export const setClock = (instant: string): void => {
  holdSandboxTime(Date.parse(instant));
};

/** Puts the clock back to the real time. */
export const restoreClock = (): void => {
  resetSandboxTime();
};
