import {
  formatWorkingBlocks,
  parseWorkingBlocks,
} from '../../../static/project/src/parse-working-blocks';
import { readConfigFile } from '../../../static/project/src/read-config-file';

describe('parseWorkingBlocks', () => {
  it.each([
    ['08:30-17:00', [{ start: '08:30', end: '17:00' }]],
    [
      '08:30-12:00, 13:00 – 17:00',
      [
        { start: '08:30', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    ],
    ['', []],
  ])('reads "%s"', (text, blocks) => {
    expect(parseWorkingBlocks(text)).toEqual(blocks);
  });

  it.each(['8 to 5', '08:30-', 'morning'])('refuses "%s"', (text) => {
    expect(parseWorkingBlocks(text)).toBeNull();
  });

  it('writes blocks back as it reads them', () => {
    const blocks = [
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];

    expect(parseWorkingBlocks(formatWorkingBlocks(blocks))).toEqual(blocks);
  });
});

describe('readConfigFile', () => {
  it('refuses a file that is not JSON', async () => {
    expect(await readConfigFile('{ nope')).toEqual({
      ok: false,
      problems: ['The file is not JSON: export a configuration to see the form.'],
    });
  });

  it('names every field at fault', async () => {
    const result = await readConfigFile(JSON.stringify({ version: 2 }));

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^companyName: /),
        expect.stringMatching(/^preset: /),
      ]),
    );
  });
});
