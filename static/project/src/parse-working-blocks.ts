/** A working block as the calendar settings hold it. */
export interface WorkingBlock {
  start: string;
  end: string;
}

/**
 * Reads a day's working blocks as an admin types them: blocks like "08:30-12:00" separated by
 * commas; empty text means closed. Returns null when a part does not have that shape (the times
 * themselves are checked by the calendar schema).
 * @example parseWorkingBlocks('08:30-12:00, 13:00-17:00') // [{ start: '08:30', end: '12:00' }, { start: '13:00', end: '17:00' }]
 */
export const parseWorkingBlocks = (text: string): WorkingBlock[] | null => {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const blocks: WorkingBlock[] = [];

  for (const part of parts) {
    const found = /^(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (found === null) return null;
    blocks.push({ start: found[1] ?? '', end: found[2] ?? '' });
  }
  return blocks;
};

/**
 * Writes working blocks as {@link parseWorkingBlocks} reads them.
 * @example formatWorkingBlocks([{ start: '08:30', end: '17:00' }]) // '08:30-17:00'
 */
export const formatWorkingBlocks = (blocks: readonly WorkingBlock[]): string =>
  blocks.map((block) => `${block.start}-${block.end}`).join(', ');
