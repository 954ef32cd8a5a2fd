import type { ResolverErrorCode } from '../../../src/contracts/result';
import { describeError } from '../../../static/shared/describe-error';

// Named .tsx so that the UI project runs it with the components that use it.
describe('describeError', () => {
  it.each([
    ['NOT_FOUND', "We couldn't find what you're looking for.", false],
    ['FORBIDDEN', "You don't have access to this.", false],
    ['INVALID_INPUT', 'Some details need a fix.', false],
    ['UNAVAILABLE', "This isn't available right now.", true],
    ['INTERNAL', 'Something went wrong on our side.', true],
  ] as const)('titles %s "%s", retryable: %s', (code, title, canRetry) => {
    expect(describeError({ code, message: '' })).toEqual({ title, detail: null, canRetry });
  });

  it("uses the app's own title for a code when it has one", () => {
    const described = describeError({ code: 'NOT_FOUND', message: '' }, { NOT_FOUND: 'Gone.' });

    expect(described.title).toBe('Gone.');
  });

  it("keeps the resolver's message as the detail, trimmed", () => {
    const described = describeError({ code: 'FORBIDDEN', message: ' Ask your admin. ' });

    expect(described.detail).toBe('Ask your admin.');
  });

  it('drops a detail that only repeats the title', () => {
    const described = describeError(
      { code: 'NOT_FOUND', message: 'Gone.' },
      { NOT_FOUND: 'Gone.' },
    );

    expect(described.detail).toBeNull();
  });

  it('treats a code it does not know as an internal error', () => {
    const code = 'TEAPOT' as ResolverErrorCode;

    expect(describeError({ code, message: '' })).toEqual({
      title: 'Something went wrong on our side.',
      detail: null,
      canRetry: false,
    });
  });
});
