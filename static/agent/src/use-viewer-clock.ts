import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

import type { ViewerClock } from './format-instant';

/**
 * The viewer's locale and time zone from the Forge context; null until the context is read.
 * When the context cannot be read, the clock is empty and times use the browser's settings.
 */
export const useViewerClock = (): ViewerClock | null => {
  const [clock, setClock] = useState<ViewerClock | null>(null);

  useEffect(() => {
    let isCurrent = true;

    void view
      .getContext()
      .then(
        ({ locale, timezone }): ViewerClock => ({ locale, timeZone: timezone }),
        // Times in the browser's own locale and zone beat no times at all.
        (): ViewerClock => ({}),
      )
      .then((read) => {
        if (isCurrent) {
          setClock(read);
        }
      });

    return () => {
      isCurrent = false;
    };
  }, []);

  return clock;
};
