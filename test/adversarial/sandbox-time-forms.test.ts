// The sandbox's time page forms (POST /sandbox/clock and POST /sandbox/requests) fed odd input.
import { startWebSandbox, type WebSandbox } from '../sandbox/web/web-sandbox';
import { restoreClock, setClock } from '../support/fixed-clock';
import { demo } from '../support/sandbox-harness';

describe('the sandbox’s time forms', () => {
  let sandbox: WebSandbox;

  beforeEach(async () => {
    setClock('2026-12-02T01:00:00Z');
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
    restoreClock();
  });

  const post = (path: string, fields: Record<string, string>) => sandbox.submitForm(path, fields);

  // Browsers read a backslash in a URL as a slash, so "/\evil.example" is followed to
  // "//evil.example", another site. Only the sandbox's own pages are a place to go back to.
  it.each(['/\\evil.example', '/\\/evil.example'])(
    'does not send the browser off to another site when `back` is %p',
    async (back) => {
      const answer = await post('/sandbox/clock', { action: 'reset', back });

      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toBe('/sandbox/time');
    },
  );

  // "0050-01-01T10:00" is not a time the sandbox can mean; today it is read with the Date
  // constructor's two-digit-year rule and the clock silently jumps to 1 January 1950.
  it('refuses a year the form cannot mean instead of setting the clock to 1950', async () => {
    const answer = await post('/sandbox/clock', { action: 'set', at: '0050-01-01T10:00' });

    expect(answer.status).toBe(400);
    expect(await sandbox.now()).toMatch(/^2026-12-02T01:0/);
  });

  // A demo request raised "0026-12-01T10:00" (the "20" of the year missed) must be refused with
  // the form's message, not raised on 1 December 1926 (and then counted over a century).
  it('refuses a demo request raised in the year 26 instead of raising it in 1926', async () => {
    const before = sandbox.harness.site.state.issues.length;

    const answer = await post('/sandbox/requests', {
      requestTypeId: '10',
      reporter: demo.customer,
      summary: 'Order ten units',
      description: '',
      createdAt: '0026-12-01T10:00',
    });

    expect(answer.status).toBe(400);
    expect(sandbox.harness.site.state.issues).toHaveLength(before);
  });
});
