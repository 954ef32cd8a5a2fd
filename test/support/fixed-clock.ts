import { resetSandboxTime, setSandboxTime } from '../../sandbox/clock';

/** Sets the current instant for the app and the sandbox alike; time runs on from there. */
export const setClock = (instant: string): void => {
  setSandboxTime(Date.parse(instant));
};

/** Puts the clock back to the real time. */
export const restoreClock = (): void => {
  resetSandboxTime();
};
