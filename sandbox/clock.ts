/**
 * The sandbox's clock: real time, shifted by an offset anyone can set, so people can watch
 * promise clocks across a weekend, a holiday or a daylight-saving change. Installed as the
 * process's `Date` before the app loads; the app keeps calling `new Date()` and `Date.now()` as
 * it would on Forge.
 *
 * The stand-in is a proxy of the real `Date`, not a subclass: libraries subclass `Date` and read
 * the method names of `Date.prototype` (TZDate of @date-fns/tz does both), so the prototype and
 * every static must stay the real ones. Only "now" is shifted.
 */
const NativeDate = globalThis.Date;
let offsetMs = 0;
/** The instant the clock stands still at, or null while it runs. */
let heldAt: number | null = null;
const listeners: ((offset: number) => void)[] = [];

const setOffset = (next: number): void => {
  heldAt = null;
  offsetMs = next;
  for (const listener of listeners) listener(offsetMs);
};

const shiftedNow = (): number => heldAt ?? NativeDate.now() + offsetMs;

const ShiftedDate = new Proxy(NativeDate, {
  construct(target, args: unknown[], newTarget: NewableFunction) {
    const values = args.length === 0 ? [shiftedNow()] : args;
    return Reflect.construct(target, values, newTarget) as object;
  },
  apply() {
    return new NativeDate(shiftedNow()).toString();
  },
  get(target, property, receiver) {
    if (property === 'now') return shiftedNow;
    return Reflect.get(target, property, receiver) as unknown;
  },
});

/** Makes the shifted clock the process's `Date`; harmless when called twice. */
export const installSandboxClock = (): void => {
  globalThis.Date = ShiftedDate;
};

/** Sets the sandbox's current instant; time runs on from there. */
export const setSandboxTime = (instant: Date | number): void => {
  const target = new NativeDate(instant).getTime();
  if (Number.isNaN(target)) throw new RangeError('The sandbox time must be a valid instant.');
  setOffset(target - NativeDate.now());
};

/**
 * Stops the sandbox's clock at an instant until it is set, shifted or reset, so that a test can
 * expect a due time to the millisecond however slowly the machine runs.
 */
export const holdSandboxTime = (instant: Date | number): void => {
  setSandboxTime(instant);
  heldAt = new NativeDate(instant).getTime();
};

/** Moves the sandbox's clock forward (or back, with a negative amount); a held clock stays held. */
export const shiftSandboxTime = (ms: number): void => {
  const held = heldAt;
  setOffset(offsetMs + ms);
  if (held !== null) heldAt = held + ms;
};

/** Puts the sandbox's clock back to the real time. */
export const resetSandboxTime = (): void => {
  setOffset(0);
};

/** Calls the listener with the new offset each time the sandbox's clock is set or shifted. */
export const onSandboxTimeChange = (listener: (offsetMs: number) => void): void => {
  listeners.push(listener);
};

/** Whether the sandbox's clock runs on the real time: never set, shifted or held, or reset. */
export const isSandboxTimeReal = (): boolean => offsetMs === 0 && heldAt === null;

/** How far the sandbox's clock is from the real time, in milliseconds. */
export const sandboxTimeOffset = (): number => offsetMs;
