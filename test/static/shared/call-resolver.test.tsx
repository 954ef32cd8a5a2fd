import { portalKeys } from '../../../src/contracts/portal';
import { fail, succeed } from '../../../src/contracts/result';
import { callResolver } from '../../../static/shared/call-resolver';
import { answerInvoke } from '../support/bridge-mock';
import { buildPortalGuide } from '../support/builders';

// Named .tsx so that the UI project, which replaces the bridge, runs it.
describe('callResolver', () => {
  it("passes the resolver's envelope through", async () => {
    const guide = buildPortalGuide();
    answerInvoke(portalKeys.getGuide, succeed(guide));

    expect(await callResolver(portalKeys.getGuide, {})).toEqual({ ok: true, data: guide });
  });

  it("passes the resolver's error through, field messages included", async () => {
    answerInvoke(portalKeys.getGuide, fail('INVALID_INPUT', 'Check the form.', { a: 'b' }));

    expect(await callResolver(portalKeys.getGuide, {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Check the form.', fields: { a: 'b' } },
    });
  });

  it('answers UNAVAILABLE when the bridge cannot make the call', async () => {
    const result = await callResolver(portalKeys.getGuide, {});

    expect(result).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: 'Check your connection, then try again.' },
    });
  });

  it.each([
    ['nothing', undefined],
    ['a bare value', buildPortalGuide()],
    ['an error without a code', { ok: false, error: { message: 'no code' } }],
  ])('answers INTERNAL when the resolver returns %s', async (_case, answer) => {
    answerInvoke(portalKeys.getGuide, () => answer as never);

    const result = await callResolver(portalKeys.getGuide, {});

    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '' } });
  });
});
