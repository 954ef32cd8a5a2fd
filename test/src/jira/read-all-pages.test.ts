import { readAllPages } from '../../../src/jira/read-all-pages';

describe('readAllPages', () => {
  it('asks for each page from the count read so far and stops at the last', async () => {
    const asked: number[] = [];

    const all = await readAllPages((startAt) => {
      asked.push(startAt);
      const values = Array.from({ length: Math.min(100, 250 - startAt) }, (_, i) => startAt + i);
      return Promise.resolve({ values, isLast: startAt + values.length >= 250 });
    });

    expect(asked).toEqual([0, 100, 200]);
    expect(all).toHaveLength(250);
    expect(all[249]).toBe(249);
  });

  it('stops at an empty page even when the page does not say it is the last', async () => {
    const pages = [[1, 2], []];

    const all = await readAllPages(() =>
      Promise.resolve({ values: pages.shift() ?? [9], isLast: false }),
    );

    expect(all).toEqual([1, 2]);
  });

  it('stops after 100 pages when a faulty list never ends', async () => {
    let calls = 0;

    const all = await readAllPages((startAt) => {
      calls += 1;
      return Promise.resolve({ values: [startAt], isLast: false });
    });

    expect(calls).toBe(100);
    expect(all).toHaveLength(100);
  });
});
