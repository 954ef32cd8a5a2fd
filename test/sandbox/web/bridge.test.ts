import { injectBridge } from '../../../sandbox/web/frame-page';
import { restoreClock, setClock } from '../../support/fixed-clock';
import { demo, resolvedRequest } from '../../support/sandbox-harness';
import { startWebSandbox, type WebSandbox } from './web-sandbox';

describe('the Custom UI bridge', () => {
  let sandbox: WebSandbox;

  const portalFrameFor = async (email: string): Promise<string> => {
    const page = await (
      await sandbox.get(`/servicedesk/customer/portal/1/${resolvedRequest}`, email)
    ).text();
    const [frameId] = sandbox.frameIdsIn(page);
    if (!frameId) throw new Error('The portal page rendered no frame.');
    return frameId;
  };

  const callBridge = (frameId: string, name: string, payload?: unknown) =>
    sandbox.post(`/forge/frames/${frameId}/bridge`, { name, payload });

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('runs the portal resolver for the customer the frame was rendered for', async () => {
    const frameId = await portalFrameFor(demo.customer);

    const answer = await callBridge(frameId, 'invoke', {
      functionKey: 'portal.getGuide',
      payload: {},
    });

    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: true, data: { requestKey: resolvedRequest } });
  });

  it('gives the frame the context Forge would, from the server and not the browser', async () => {
    const frameId = await portalFrameFor(demo.customer);

    const context = await (await callBridge(frameId, 'getContext')).json();

    expect(context).toMatchObject({
      accountId: sandbox.harness.accountIdOf(demo.customer),
      moduleKey: 'status-guide-portal-panel',
      extension: {
        type: 'jiraServiceManagement:portalRequestDetail',
        request: { key: resolvedRequest },
      },
      theme: { colorMode: 'light' },
    });
  });

  it('answers requestJira as the frame’s user', async () => {
    const frameId = await portalFrameFor(demo.customer);

    const answer = await callBridge(frameId, 'fetchProduct', {
      product: 'jira',
      restPath: '/rest/api/3/myself',
      fetchRequestInit: { method: 'GET', body: null, headers: [] },
    });
    const response = (await answer.json()) as { status: number; body: string };

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      accountId: sandbox.harness.accountIdOf(demo.customer),
    });
  });

  it('refuses a frame id it never issued with 404, for the bridge and the frame page', async () => {
    const bridge = await callBridge('0123456789abcdef01234567', 'invoke', {
      functionKey: 'portal.getGuide',
    });
    const frame = await sandbox.get('/forge/frames/0123456789abcdef01234567');

    expect(bridge.status).toBe(404);
    expect(await bridge.json()).toEqual({ message: expect.stringContaining('reload the page') });
    expect(frame.status).toBe(404);
  });

  it('answers calls it does not emulate with null instead of an error', async () => {
    const frameId = await portalFrameFor(demo.customer);

    const answer = await callBridge(frameId, 'emitReadyEvent');

    expect(answer.status).toBe(200);
    expect(await answer.json()).toBeNull();
  });

  it('puts the base and the bridge script before any of the app’s own scripts', () => {
    const built =
      '<html><head><script type="module" src="./assets/index.js"></script></head></html>';

    const page = injectBridge(built, 'f1', 'portal');

    expect(page.indexOf('<base href="/forge/resources/portal/"')).toBeLessThan(
      page.indexOf('/forge/bridge.js'),
    );
    expect(page.indexOf('data-frame-id="f1"')).toBeLessThan(page.indexOf('./assets/index.js'));
  });

  it('gives the frame page the sandbox’s time before the app’s scripts once the clock is set', async () => {
    setClock('2026-12-11T01:00:00Z');
    const frameId = await portalFrameFor(demo.customer);

    const page = await (await sandbox.get(`/forge/frames/${frameId}`)).text();
    restoreClock();

    const clockTag = `<script src="/forge/clock.js" data-sandbox-now="${Date.parse('2026-12-11T01:00:00Z')}"></script>`;
    expect(page).toContain(clockTag);
    expect(page.indexOf(clockTag)).toBeLessThan(page.indexOf('<script type="module"'));
    const shim = await sandbox.get('/forge/clock.js');
    expect(shim.headers.get('content-type')).toMatch(/javascript/);
    expect(await shim.text()).toContain('data-sandbox-now');
  });

  it('leaves the frame’s own clock alone while the sandbox runs on the real time', async () => {
    restoreClock();
    const frameId = await portalFrameFor(demo.customer);

    const page = await (await sandbox.get(`/forge/frames/${frameId}`)).text();

    expect(page).not.toContain('/forge/clock.js');
    expect(page).toContain('/forge/bridge.js');
  });
});
