/**
 * Makes `today` the current date until {@link restoreToday}. Only `Date` is faked: timers run as
 * usual, so Testing Library's waits still work.
 */
export const setToday = (today: string): void => {
  jest.useFakeTimers({
    now: new Date(today),
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'nextTick',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'performance',
      'hrtime',
    ],
  });
};

/** Puts the real date back, and any spied browser setting. */
export const restoreToday = (): void => {
  jest.useRealTimers();
  jest.restoreAllMocks();
};
