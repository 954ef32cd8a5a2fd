import { token } from '@atlaskit/tokens';
import { view } from '@forge/bridge';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Turns on the host's theme (light or dark, as the viewer chose), sets the page's type, text
 * colour and surface from tokens, then renders the app into `#root`. Throws when the page has no
 * `#root`.
 *
 * @remarks The app renders even when theming cannot be enabled (a host that does not support
 * it): an unthemed panel beats an empty one.
 */
export const enableThemeAndRender = async (app: ReactElement): Promise<void> => {
  const container = document.getElementById('root');
  if (!container) {
    throw new Error('The page has no #root element to render into');
  }

  try {
    await view.theme.enable();
  } catch {
    // Rendering in the browser's default colours beats rendering nothing.
  }

  // Plain elements (lists, tables, labels) inherit these rather than the browser's serif default.
  document.body.style.font = token('font.body');
  document.body.style.color = token('color.text');
  // The frame paints its own surface: the text's contrast must not rest on whatever the host
  // happens to show behind a transparent frame.
  document.body.style.backgroundColor = token('elevation.surface');
  createRoot(container).render(app);
};
