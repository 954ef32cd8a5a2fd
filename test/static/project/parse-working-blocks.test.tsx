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

  it('names the tab of every field at fault, and a part the file lacks in words', async () => {
    const result = await readConfigFile(JSON.stringify({ version: 2 }));

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^General: /),
        'Status mapping: This part of the settings is missing from the file.',
      ]),
    );
    expect(!result.ok && result.problems.some((p) => p.includes('Invalid input'))).toBe(false);
  });

  it.each([[[]], ['settings'], [{ companyName: 'Acme' }], [{ version: 'two' }], [{ version: 0 }]])(
    'says a file of %j is not a settings file',
    async (content) => {
      expect(await readConfigFile(JSON.stringify(content))).toEqual({
        ok: false,
        problems: [
          'This is not a Status Guide settings file: export the settings to see what one looks like.',
        ],
      });
    },
  );

  it('says a file from a newer version cannot be read here, and which versions can', async () => {
    const result = await readConfigFile(JSON.stringify({ version: 99, companyName: 'Acme' }));

    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/settings version 99\); this site reads versions up to \d+\.$/),
    ]);
  });
});
