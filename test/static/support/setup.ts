import '@testing-library/jest-dom';

import { toHaveNoViolations } from 'jest-axe';

import { resetBridge } from './bridge-mock';

expect.extend(toHaveNoViolations);

afterEach(() => {
  resetBridge();
});
