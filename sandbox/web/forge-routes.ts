import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import express, { type Request, type Response, Router } from 'express';

import { isSandboxTimeReal } from '../clock';
import { answerBridgeCall, BridgeCallError, type BridgeDeps } from './bridge-calls';
import { bridgeScript } from './bridge-script';
import { frameClockScript } from './frame-clock-script';
import { injectBridge } from './frame-page';
import type { FrameRegistry } from './frames';
import { html } from './html';
import { reportFailure } from './report-failure';
import { themeCss } from './theme-css';
import type { SandboxServerOptions } from './types';

/**
 * Forge's Custom UI hosting, emulated: the resource folders, the frame pages with the bridge
 * injected, the bridge shim and endpoint, and the design tokens' theme CSS.
 *
 * @remarks Frames get a Content-Security-Policy like Forge's, with inline styles allowed as the
 * manifest's `permissions.content.styles: unsafe-inline` asks; the manifest loader does not read
 * that permission yet, so it is fixed here and must follow the manifest by hand.
 */
export const forgeRoutes = (options: SandboxServerOptions, frames: FrameRegistry): Router => {
  const router = Router();
  const { site, emulator, log, rootDir } = options;

  router.get('/forge/bridge.js', (_request, response) => {
    response.type('application/javascript').send(bridgeScript);
  });
  router.get('/forge/clock.js', (_request, response) => {
    response.type('application/javascript').send(frameClockScript);
  });
  router.get('/forge/theme.css', (_request, response) => {
    response.type('text/css').send(themeCss());
  });

  // Forge bundles the manifest's translations into every resource's `__LOCALES__` folder, which
  // @forge/bridge's i18n reads relative to the page.
  const { translations } = emulator.manifest;
  router.get('/forge/resources/:key/__LOCALES__/i18n-info.json', (_request, response) => {
    if (!translations) {
      response.status(404).json({ message: 'The app declares no translations.' });
      return;
    }
    response.json({
      translations: {},
      config: { locales: [...translations.files.keys()], fallback: translations.fallback },
    });
  });
  router.get('/forge/resources/:key/__LOCALES__/:file', (request, response) => {
    const locale = request.params.file.replace(/\.json$/, '');
    const file = translations?.files.get(locale);
    if (file === undefined) {
      response.status(404).json({ message: `The app has no translations for ${locale}.` });
      return;
    }
    response.sendFile(resolve(rootDir, file));
  });

  for (const [key, folder] of emulator.manifest.resources) {
    router.use(
      `/forge/resources/${encodeURIComponent(key)}`,
      express.static(resolve(rootDir, folder), { index: false }),
    );
  }

  router.get('/forge/frames/:frameId', async (request, response) => {
    const frame = frames.find(request.params.frameId);
    if (!frame) {
      response
        .status(404)
        .type('html')
        .send(framePlaceholder('This panel has expired. Reload the page.'));
      return;
    }

    const folder = emulator.manifest.resources.get(frame.resourceKey);
    const indexHtml = folder ? await readIndex(resolve(rootDir, folder)) : null;
    if (indexHtml === null) {
      const message = `The ${frame.resourceKey} UI is not built. Run npm run build:ui and reload.`;
      response.status(503).type('html').send(framePlaceholder(message));
      return;
    }

    response
      .set('Content-Security-Policy', frameCsp)
      .set('Cache-Control', 'no-store')
      .type('html')
      .send(
        injectBridge(
          indexHtml,
          frame.id,
          frame.resourceKey,
          isSandboxTimeReal() ? null : Date.now(),
        ),
      );
  });

  router.post(
    '/forge/frames/:frameId/bridge',
    express.json({ limit: '1mb' }),
    async (request, response) => {
      const frame = frames.find(request.params.frameId);
      if (!frame) {
        response
          .status(404)
          .json({ message: 'This frame is unknown or has expired; reload the page.' });
        return;
      }

      const { name, payload } = (request.body ?? {}) as { name?: unknown; payload?: unknown };
      if (typeof name !== 'string') {
        response.status(400).json({ message: 'A bridge call needs a name.' });
        return;
      }

      try {
        const deps: BridgeDeps = { site, emulator, log, siteUrl: siteUrlOf(request) };
        response.json((await answerBridgeCall(deps, frame, name, payload)) ?? null);
      } catch (error) {
        answerFailure(response, name, error);
      }
    },
  );

  return router;
};

const frameCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ');

const readIndex = async (folder: string): Promise<string | null> => {
  try {
    return await readFile(join(folder, 'index.html'), 'utf8');
  } catch {
    return null;
  }
};

const framePlaceholder = (message: string): string =>
  html`<!doctype html>
    <html lang="en">
      <body style="font-family: system-ui, sans-serif; margin: 8px">
        <p>${message}</p>
      </body>
    </html>`.text;

/** The sandbox's own address, as the browser reached it. */
const siteUrlOf = (request: Request): string =>
  `${request.protocol}://${request.get('host') ?? 'localhost'}`;

const answerFailure = (response: Response, name: string, error: unknown): void => {
  if (error instanceof BridgeCallError) {
    response.status(error.status).json({ message: error.message });
    return;
  }

  const message = reportFailure(`bridge call ${name}`, error);
  response.status(500).json({ message: `The bridge call ${name} failed: ${message}` });
};
