import { stripQuotedHistory } from '../../../../src/domain/comment-text/strip-quoted-history';

describe('stripQuotedHistory', () => {
  it.each([
    [
      'Thanks heaps\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n> Resolved',
      'Thanks heaps',
    ],
    ['Rego is KLM482\n> for example ABC123.', 'Rego is KLM482'],
    ['> quoted only\n> and more', ''],
    [
      'All good\nOn Tue, 1 Dec 2026 at 10:00, Support\n<support@example.com> wrote:\n> ok',
      'All good',
    ],
    ['Done\n-----Original Message-----\nFrom: Support', 'Done'],
    ['Done\nFrom: Support <support@example.com>\nSent: Tuesday\nResolved', 'Done'],
    ['On Monday it stopped again.', 'On Monday it stopped again.'],
    ['From: the depot, rego ABC123', 'From: the depot, rego ABC123'],
  ])('keeps only what was written in %p: %p', (text, written) => {
    expect(stripQuotedHistory(text)).toBe(written);
  });
});
