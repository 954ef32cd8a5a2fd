/** How many entries one page asks Jira for; 100 is the most its paged lists hand out. */
export const pageSize = 100;

/** Bounds one paged read (10,000 entries), so a faulty page cannot loop. */
const maxPages = 100;

/** One page of a list as the caller read it: its entries, and whether it was the last. */
export interface ListPage<T> {
  values: T[];
  isLast: boolean;
}

/**
 * Reads a list Jira hands out page by page, oldest first, with `readPage(startAt)`, until a page
 * says it is the last, comes back empty, or the bound is reached. Returns every entry read; an
 * empty list means the list is empty. Throws what `readPage` throws.
 * @example await readAllPages(async (startAt) => ({ values: [startAt], isLast: startAt === 2 }))
 * // [0, 1, 2]: each page is asked for from the count of entries read so far
 */
export const readAllPages = async <T>(
  readPage: (startAt: number) => Promise<ListPage<T>>,
): Promise<T[]> => {
  const all: T[] = [];

  for (let page = 0; page < maxPages; page += 1) {
    const { values, isLast } = await readPage(all.length);
    all.push(...values);
    if (values.length === 0 || isLast) break;
  }
  return all;
};
