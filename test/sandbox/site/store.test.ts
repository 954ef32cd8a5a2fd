import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openSavedSite } from '../../../sandbox/site/store';

describe('the saved site', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'saved-site-'));
    file = join(dir, 'site.json');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds the demo site into a new file and sets nothing aside', () => {
    const saved = openSavedSite(file);

    expect(saved.setAside).toBeNull();
    expect(saved.site.userByEmail('casey@customer.example')).toBeDefined();
    expect(existsSync(file)).toBe(true);
  });

  it('reopens what an earlier run saved', () => {
    const first = openSavedSite(file);
    first.site.addComment('FS-1', 'cust-casey', 'Saved between runs.', true);
    first.flush();

    const second = openSavedSite(file);

    expect(second.setAside).toBeNull();
    expect(second.site.requireIssue('FS-1').comments.at(-1)?.body).toBe('Saved between runs.');
  });

  it.each([
    ['not JSON', '{"version":1, "users": [', 'not valid JSON'],
    ['version 1 without its lists', '{"version":1}', 'users'],
    ['version 1 with users that are not a list', '{"version":1,"users":{}}', 'users'],
    ['another version', '{"version":2,"users":[]}', 'version'],
    ['a JSON list', '[1, 2]', 'the document'],
  ])('moves a file that is %s aside and starts from the demo site', (_name, text, problem) => {
    writeFileSync(file, text);

    const saved = openSavedSite(file);

    expect(saved.setAside?.problem).toContain(problem);
    expect(saved.setAside?.movedTo).toMatch(/site\.json\.broken-\d{4}-\d{2}-\d{2}T[\d-]+Z$/);
    expect(readFileSync(saved.setAside?.movedTo ?? '', 'utf8')).toBe(text);
    expect(saved.site.userByEmail('casey@customer.example')).toBeDefined();
    expect(readdirSync(dir).sort()).toEqual(
      ['site.json', saved.setAside?.movedTo.slice(dir.length + 1)].sort(),
    );
  });

  it('sets aside an issue without its comment list rather than failing later', () => {
    const saved = openSavedSite(file);
    const state = JSON.parse(JSON.stringify(saved.site.state)) as { issues: object[] };
    state.issues[0] = { ...state.issues[0], comments: null };
    writeFileSync(file, JSON.stringify(state));

    const reopened = openSavedSite(file);

    expect(reopened.setAside?.problem).toContain('issues.0.comments');
    expect(reopened.site.requireIssue('FS-1').comments.length).toBeGreaterThan(0);
  });
});
