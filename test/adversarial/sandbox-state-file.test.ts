// The sandbox's saved site (`--state FILE`) when the file is damaged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openSavedSite } from '../../sandbox/site/store';

describe('a damaged saved site', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'break-state-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the file; "usable" when the site works, "explained" when it refuses with a way out. */
  const open = (file: string): string => {
    try {
      const saved = openSavedSite(file);
      saved.flush();
      return saved.site.userByEmail('casey@customer.example') ? 'usable' : 'unusable';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return /reset/i.test(message) ? 'explained' : `unexplained: ${message}`;
    }
  };

  it.each([
    ['a version-1 document without users or issues', '{"version":1}'],
    [
      'a version-1 document whose users are not a list',
      '{"version":1,"users":{},"projects":[],"issues":[]}',
    ],
  ])('either starts over or says how to reset when the file is %s', (_name, text) => {
    const file = join(dir, 'site.json');
    writeFileSync(file, text);

    expect(['usable', 'explained']).toContain(open(file));
  });

  it('starts over with the demo site when the file is not JSON', () => {
    const file = join(dir, 'site.json');
    writeFileSync(file, '{"version":1, "users": [');

    expect(open(file)).toBe('usable');
  });
});
