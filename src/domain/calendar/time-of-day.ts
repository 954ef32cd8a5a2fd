const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes in a day; "24:00" is accepted as the end of a block that runs to midnight. */
export const MINUTES_PER_DAY = 1440;

/**
 * Returns the minutes since midnight of a 24-hour "HH:mm" time, 1440 for "24:00"; null when the
 * text is not such a time.
 * @example parseTimeOfDay('08:30') // 510
 */
export const parseTimeOfDay = (text: string): number | null => {
  if (text === '24:00') return MINUTES_PER_DAY;

  const match = TIME_OF_DAY.exec(text);
  if (!match) return null;

  return Number(match[1]) * 60 + Number(match[2]);
};

/**
 * Formats minutes since midnight as "HH:mm".
 * @example formatTimeOfDay(510) // '08:30'
 */
export const formatTimeOfDay = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);

  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};
