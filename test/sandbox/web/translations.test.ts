import { demo, resolvedRequest } from '../../support/sandbox-harness';
import { startWebSandbox, type WebSandbox } from './web-sandbox';

describe('the app’s translations in the sandbox', () => {
  let sandbox: WebSandbox;

  const portalContext = async (query = ''): Promise<{ locale?: string }> => {
    const page = await (
      await sandbox.get(`/servicedesk/customer/portal/1/${resolvedRequest}${query}`, demo.customer)
    ).text();
    const [frameId] = sandbox.frameIdsIn(page);
    if (!frameId) throw new Error('The portal page rendered no frame.');
    const answer = await sandbox.post(`/forge/frames/${frameId}/bridge`, { name: 'getContext' });
    return (await answer.json()) as { locale?: string };
  };

  beforeEach(async () => {
    sandbox = await startWebSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  it('tells the bridge which locales the manifest translates and what falls back to what', async () => {
    const info = await sandbox.get('/forge/resources/portal/__LOCALES__/i18n-info.json');

    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      config: { locales: ['en-US', 'fr-FR'], fallback: { default: 'en-US' } },
    });
  });

  it('serves each locale’s resource file where the bridge looks for it', async () => {
    const french = await sandbox.get('/forge/resources/portal/__LOCALES__/fr-FR.json');
    const missing = await sandbox.get('/forge/resources/portal/__LOCALES__/ja-JP.json');

    expect(await french.json()).toMatchObject({ portal: { whatHappensNext: 'La suite' } });
    expect(missing.status).toBe(404);
  });

  it('gives a panel the viewer’s own locale, or the one asked for with ?locale=', async () => {
    expect(await portalContext()).toMatchObject({ locale: 'en-NZ' });
    expect(await portalContext('?locale=fr-FR')).toMatchObject({ locale: 'fr-FR' });
  });
});
