import '@testing-library/jest-dom';

import { toHaveNoViolations } from 'jest-axe';

import { resetBridge } from './bridge-mock';

expect.extend(toHaveNoViolations);

afterEach(() => {
  resetBridge();
});

// jsdom, unlike the browsers the panels run in, has no structuredClone; what the panels clone
// is plain JSON (settings documents), which a JSON round trip copies exactly.
if (!('structuredClone' in globalThis)) {
  Object.assign(globalThis, {
    structuredClone: <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T,
  });
}
