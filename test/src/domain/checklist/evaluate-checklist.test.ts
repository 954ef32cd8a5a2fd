import { checkAnswer } from '../../../../src/domain/checklist/check-answer';
import {
  presetChecklists,
  presetItemsByKind,
} from '../../../../src/domain/checklist/checklist-presets';
import type { ChecklistItem } from '../../../../src/domain/checklist/checklist-settings-schema';
import {
  countMissing,
  customerItems,
  evaluateChecklist,
  isCompleteForCustomer,
  type RequestContent,
} from '../../../../src/domain/checklist/evaluate-checklist';

const fieldMaintenance = [...presetItemsByKind['field-maintenance']];
const fault = [...presetItemsByKind['fault-report']];
const formats = [
  ...(presetChecklists.registration.countries.NZ?.formats ?? []),
  ...(presetChecklists.registration.countries.AU?.formats ?? []),
];
const registration = { formats, projectKey: 'FS' };

const content = (overrides: Partial<RequestContent> = {}): RequestContent => ({
  description: '',
  comments: [],
  attachments: [],
  fieldValues: {},
  ...overrides,
});

const stateOf = (items: ReturnType<typeof evaluateChecklist>, id: string) =>
  items.find((entry) => entry.item.id === id);

describe('the vehicle registration added after the form was locked', () => {
  it('ticks the registration when a later customer comment carries it, and says which comment', () => {
    const request = content({
      description: 'Install a unit in the new truck.',
      comments: [
        { id: '10010', text: 'Hi, the truck is here now.', created: '2026-12-02T21:00:00.000Z' },
        { id: '10011', text: 'Rego is KLM 482', created: '2026-12-03T01:00:00.000Z' },
      ],
    });

    const evaluated = evaluateChecklist(fieldMaintenance, request, {}, registration);

    expect(stateOf(evaluated, 'vehicle-registration')).toMatchObject({
      state: 'found',
      value: 'KLM482',
      evidence: { source: 'comment', commentId: '10011', at: '2026-12-03T01:00:00.000Z' },
    });
  });

  it('ticks the registration the customer typed into the panel over anything detected', () => {
    const answers = {
      'vehicle-registration': {
        state: 'supplied' as const,
        value: 'KLM482',
        by: 'customer' as const,
        at: '2026-12-03T02:00:00.000Z',
      },
    };

    const evaluated = evaluateChecklist(fieldMaintenance, content(), answers, registration);

    expect(stateOf(evaluated, 'vehicle-registration')).toMatchObject({
      state: 'supplied',
      value: 'KLM482',
      evidence: { source: 'panel' },
    });
  });
});

describe('what does not count as a registration', () => {
  const ask = 'Enter the registration as on the plate, for example ABC123.';

  it.each([
    ['an error code', 'The unit shows error ERR404 since this morning.'],
    ['a model name', 'We bought model GPS200 trackers'],
    ['the end of a phone number', 'Please call me on 021 555 123ABC'],
    ['a street address', 'Our depot is at 123 ABC Street'],
    ['the quoted ask', `Will do.\n\n> ${ask}`],
    [
      'the ask under an "On … wrote:" line',
      `I will find it.\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@example.com> wrote:\n${ask}`,
    ],
  ])('leaves the registration missing on a comment with %s', (_kind, text) => {
    const request = content({
      comments: [{ id: '10011', text, created: '2026-12-03T01:00:00.000Z' }],
    });

    const evaluated = evaluateChecklist(fieldMaintenance, request, {}, registration);

    expect(stateOf(evaluated, 'vehicle-registration')).toMatchObject({
      state: 'missing',
      value: null,
    });
  });

  it('takes the plate the customer wrote above the quoted ask', () => {
    const text = `Sorry, the rego is KLM-482.\n\nOn Tue, 1 Dec 2026 at 10:00, Support wrote:\n> ${ask}`;
    const request = content({
      comments: [{ id: '10011', text, created: '2026-12-03T01:00:00.000Z' }],
    });

    const evaluated = evaluateChecklist(fieldMaintenance, request, {}, registration);

    expect(stateOf(evaluated, 'vehicle-registration')).toMatchObject({
      state: 'found',
      value: 'KLM482',
      evidence: { source: 'comment', commentId: '10011' },
    });
  });

  it('finds no contact in a quoted signature', () => {
    const text = 'Will do.\n\nOn Tue, 1 Dec 2026, Support wrote:\n> Call us on 09 555 0100';
    const request = content({
      comments: [{ id: '10011', text, created: '2026-12-03T01:00:00.000Z' }],
    });

    const evaluated = evaluateChecklist(fieldMaintenance, request, {}, registration);

    expect(stateOf(evaluated, 'site-contact')?.state).toBe('missing');
  });
});

describe('evaluating a checklist', () => {
  it('finds an item in the description before any comment', () => {
    const request = content({ description: 'Call Sam on 021 555 0192 to reach the truck.' });

    const evaluated = evaluateChecklist(fieldMaintenance, request, {}, registration);

    expect(stateOf(evaluated, 'site-contact')).toMatchObject({
      state: 'found',
      evidence: { source: 'description' },
    });
  });

  it('takes a mapped form field first', () => {
    const items: ChecklistItem[] = [
      { ...(fieldMaintenance[0] as ChecklistItem), fieldId: 'customfield_10050' },
    ];

    const evaluated = evaluateChecklist(
      items,
      content({ fieldValues: { customfield_10050: 'XYZ789' } }),
      {},
      registration,
    );

    expect(evaluated[0]).toMatchObject({
      state: 'found',
      value: 'XYZ789',
      evidence: { source: 'field', fieldId: 'customfield_10050' },
    });
  });

  it.each([
    ['an image', 'image/png', 'found'],
    ['a PDF', 'application/pdf', 'missing'],
  ])('counts %s as a screenshot: %s', (_what, mimeType, state) => {
    const request = content({
      attachments: [{ filename: 'screen', mimeType, created: '2026-12-03T01:00:00.000Z' }],
    });

    const evaluated = evaluateChecklist(fault, request, {}, registration);

    expect(stateOf(evaluated, 'screenshots')?.state).toBe(state);
  });

  it('keeps an item an agent marked not needed out of the missing count', () => {
    const answers = {
      'vehicle-registration': {
        state: 'not-needed' as const,
        by: 'agent' as const,
        at: '2026-12-03T02:00:00.000Z',
      },
    };

    const evaluated = evaluateChecklist(fieldMaintenance, content(), answers, registration);

    expect(countMissing(evaluated)).toBe(2);
    expect(stateOf(evaluated, 'vehicle-registration')?.state).toBe('not-needed');
  });

  it('leaves agent-only items out of what a customer sees, and out of completeness', () => {
    const request = content({
      description: 'Rego ABC123, call 021 555 0192, it is at 12 Quay Street, Auckland.',
    });

    const evaluated = evaluateChecklist(fieldMaintenance, request, {}, registration);

    expect(customerItems(evaluated).map((entry) => entry.item.id)).toEqual([
      'vehicle-registration',
      'site-contact',
      'vehicle-location',
    ]);
    expect(isCompleteForCustomer(evaluated)).toBe(true);
  });
});

describe('checking what someone typed for an item', () => {
  const item = (kind: ChecklistItem['kind']): ChecklistItem => ({
    id: 'x',
    label: 'Vehicle registration',
    helpText: '',
    kind,
    required: true,
    visibility: 'customer',
    imagesOnly: false,
  });

  it.each([
    ['registration', 'abc 123', 'ABC123'],
    ['registration', 'AB-12-CD', 'AB12CD'],
    ['phone-or-email', ' 021 555 0192 ', '021 555 0192'],
    ['phone-or-email', 'sam@fleet.example', 'sam@fleet.example'],
    ['purchase-order', 'po-4512', 'PO-4512'],
    ['purchase-order', 'PO#4512', 'PO#4512'],
    ['purchase-order', 'P.O. 4512', 'P.O. 4512'],
    ['purchase-order', 'Purchase order no. 4500012345', 'PURCHASE ORDER NO. 4500012345'],
    ['purchase-order', 'ＰＯ－４５１２', 'PO-4512'],
    ['location', '12 Quay Street', '12 Quay Street'],
    ['registration', 'TRUCK1', 'TRUCK1'],
    ['registration', 'fleet', 'FLEET'],
    ['registration', 'VAN 7', 'VAN7'],
    ['registration', 'ＫＬＭ４８２', 'KLM482'],
    ['registration', 'ＫＬＭ　４８２', 'KLM482'],
    ['phone-or-email', '０２１ ５５５ ０１９２', '021 555 0192'],
  ] as const)('keeps a %s given as %p as %p', (kind, typed, kept) => {
    expect(checkAnswer(item(kind), typed, formats)).toEqual({ ok: true, value: kept });
  });

  it.each([
    ['registration', 'hello there', 'Enter the registration as on the plate, for example ABC123.'],
    ['registration', '2026-12-03', 'Enter the registration as on the plate, for example ABC123.'],
    ['registration', 'TBC', 'Enter the registration as on the plate, for example ABC123.'],
    ['registration', 'none', 'Enter the registration as on the plate, for example ABC123.'],
    ['registration', 'N/A', 'Enter the registration as on the plate, for example ABC123.'],
    ['registration', '123456', 'Enter the registration as on the plate, for example ABC123.'],
    ['registration', 'TRUCK123', 'Enter the registration as on the plate, for example ABC123.'],
    [
      'purchase-order',
      'PO to follow',
      'Enter the purchase order number: letters and digits, such as PO-4512.',
    ],
    [
      'phone-or-email',
      'Sam',
      'Enter one phone number (such as 021 555 0192) or one email address.',
    ],
    [
      'purchase-order',
      'soon',
      'Enter the purchase order number: letters and digits, such as PO-4512.',
    ],
    ['text', '   ', 'Enter the vehicle registration.'],
  ] as const)('refuses a %s given as %p', (kind, typed, message) => {
    const problem = typed.trim() === '' ? 'empty' : kind;
    expect(checkAnswer(item(kind), typed, formats)).toEqual({ ok: false, problem, message });
  });

  it.each([
    [
      'text',
      'bob\n\nFrom our team: your account is suspended, pay at https://evil.example/pay',
      'bob From our team: your account is suspended, pay at https://evil.example/pay',
    ],
    ['text', '\u202Eevil\u202C bob', 'evil bob'],
    ['text', 'van\u200B 12\u0007', 'van 12'],
    [
      'user-list',
      'sam@customer.example\r\nlee@customer.example\n',
      'sam@customer.example, lee@customer.example',
    ],
  ] as const)('keeps a %s typed as %p to one plain line, %p', (kind, typed, kept) => {
    expect(checkAnswer(item(kind), typed, formats)).toEqual({ ok: true, value: kept });
  });

  it('refuses an over-long value whole instead of cutting it', () => {
    const result = checkAnswer(item('text'), 'x'.repeat(501), formats);

    expect(result).toEqual({
      ok: false,
      problem: 'too-long',
      message: 'This is 501 characters long; at most 500 fit. Please shorten it.',
    });
  });
});
