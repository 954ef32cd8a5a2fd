import {
  applyFactChange,
  factChangeSchema,
  factChangeSchemaOn,
  factProblemsForRequest,
  type RequestFacts,
} from '../../../src/domain/request-facts';

const refusal = (input: unknown): string | undefined => {
  const checked = factChangeSchema.safeParse(input);
  return checked.success ? undefined : checked.error.issues[0]?.message;
};

describe('agent-recorded request facts', () => {
  it('records a dispatch with its date and carrier reference', () => {
    const change = factChangeSchema.parse({
      fact: 'dispatch',
      value: { dispatchedOn: '2026-12-03', carrierReference: ' NZP-123 ' },
    });

    expect(applyFactChange({}, change)).toEqual({
      dispatch: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-123' },
    });
  });

  it('clears a fact when the agent sends null', () => {
    const facts: RequestFacts = { stockEta: '2026-12-20', holdReason: 'Waiting on parts' };

    expect(applyFactChange(facts, { fact: 'stockEta', value: null })).toEqual({
      holdReason: 'Waiting on parts',
    });
  });

  it.each([
    [
      { fact: 'stockEta', value: '20/12/2026' },
      'Enter the date as YYYY-MM-DD, for example 2026-12-03.',
    ],
    [{ fact: 'stockEta', value: '2026-02-30' }, 'That date does not exist.'],
    [
      { fact: 'installer', value: { name: ' ', phone: '021 555 0101' } },
      'Enter the installer’s name.',
    ],
    [
      { fact: 'installer', value: { name: 'Ian', phone: 'call me' } },
      'A phone number has only digits, spaces, brackets, dashes and a leading +.',
    ],
    [
      { fact: 'installer', value: { name: 'Ian', phone: '12-34' } },
      'A phone number has at least 6 digits.',
    ],
    [{ fact: 'holdReason', value: 'x'.repeat(301) }, 'A hold reason has at most 300 characters.'],
  ])('refuses %j with “%s”', (input, message) => {
    expect(refusal(input)).toBe(message);
  });

  it('refuses a fact it does not know', () => {
    expect(refusal({ fact: 'favouriteColour', value: 'teal' })).toBeDefined();
  });
});

describe('agent-recorded dates checked against the day of the save', () => {
  // Noon UTC on `today`: 02:00 the next day in the furthest-ahead zone (UTC+14).
  const refusalOn = (today: string, input: unknown) => {
    const checked = factChangeSchemaOn(new Date(`${today}T12:00:00Z`)).safeParse(input);
    return checked.success ? undefined : checked.error.issues[0];
  };

  it.each(['0099-12-31', '0001-06-15'])(
    'refuses the year of %s, which the clocks misread',
    (value) => {
      expect(refusalOn('2026-12-01', { fact: 'hardwareReceivedOn', value })?.message).toBe(
        'Check the year: enter all four digits, for example 2026.',
      );
    },
  );

  it.each([
    ['1926-12-03', 'hardwareReceivedOn'],
    ['2126-12-03', 'stockEta'],
    ['2024-11-30', 'installerContactOn'],
  ])('refuses %s for %s, more than two years from 1 December 2026', (value, fact) => {
    expect(refusalOn('2026-12-01', { fact, value })).toMatchObject({
      path: ['value'],
      message: 'That date is more than two years from today: check the year.',
    });
  });

  it('names the dispatch date when its year is a century off', () => {
    const input = { fact: 'dispatch', value: { dispatchedOn: '1926-12-03', carrierReference: '' } };

    expect(refusalOn('2026-12-01', input)?.path).toEqual(['value', 'dispatchedOn']);
  });

  it.each([
    ['2024-12-01', 'hardwareReceivedOn'],
    ['2026-12-01', 'stockEta'],
    ['2028-12-01', 'stockEta'],
  ])('takes %s for %s, within two years', (value, fact) => {
    expect(refusalOn('2026-12-01', { fact, value })).toBeUndefined();
  });

  it.each([
    ['2026-11-30', '2026-12-01T12:00:00Z'],
    ['2026-12-02', '2026-12-03T13:00:00Z'],
  ])('refuses a stock ETA of %s at %s, a day already past everywhere', (value, now) => {
    const checked = factChangeSchemaOn(new Date(now)).safeParse({ fact: 'stockEta', value });

    expect(checked.success ? undefined : checked.error.issues[0]?.message).toBe(
      'That day has passed: enter the day the supplier now expects the stock.',
    );
  });

  it('takes a stock ETA of yesterday in UTC while it is still that day west of it', () => {
    // 09:00 UTC on 3 December is still 2 December on Baker Island (UTC-12).
    const checked = factChangeSchemaOn(new Date('2026-12-03T09:00:00Z')).safeParse({
      fact: 'stockEta',
      value: '2026-12-02',
    });

    expect(checked.success).toBe(true);
  });
});

describe('dates of what has already happened', () => {
  const refusalAt = (now: string, input: unknown) => {
    const checked = factChangeSchemaOn(new Date(now)).safeParse(input);
    return checked.success ? undefined : checked.error.issues[0];
  };

  it.each([
    ['hardwareReceivedOn', '2026-12-04', ['value']],
    ['installerContactOn', '2027-01-10', ['value']],
  ])('refuses %s on %s, after today everywhere on Earth', (fact, value, path) => {
    expect(refusalAt('2026-12-02T21:00:00Z', { fact, value })).toMatchObject({
      path,
      message: 'That date is still to come: enter the day it happened.',
    });
  });

  it('refuses a dispatch a year ahead, naming the dispatch date', () => {
    const input = { fact: 'dispatch', value: { dispatchedOn: '2027-12-02', carrierReference: '' } };

    expect(refusalAt('2026-12-01T22:00:00Z', input)?.path).toEqual(['value', 'dispatchedOn']);
  });

  it('takes today’s date in Auckland while it is still yesterday in UTC', () => {
    // 10:00 on Thursday 3 December in Auckland is 21:00 on Wednesday 2 December UTC.
    const input = { fact: 'hardwareReceivedOn', value: '2026-12-03' };

    expect(refusalAt('2026-12-02T21:00:00Z', input)).toBeUndefined();
  });

  it('takes a stock ETA in the future', () => {
    expect(
      refusalAt('2026-12-02T21:00:00Z', { fact: 'stockEta', value: '2027-02-01' }),
    ).toBeUndefined();
  });
});

describe('dates checked against the request', () => {
  const raisedAt = new Date('2026-12-01T21:00:00Z'); // Wednesday 2 December, 10:00 in Auckland

  it.each([
    [{ fact: 'hardwareReceivedOn', value: '2026-11-29' }, 'value'],
    [{ fact: 'installerContactOn', value: '2026-11-01' }, 'value'],
    [
      { fact: 'dispatch', value: { dispatchedOn: '2026-11-30', carrierReference: '' } },
      'value.dispatchedOn',
    ],
  ] as const)('refuses %o, before the request was raised', (change, path) => {
    expect(factProblemsForRequest(change, raisedAt)).toEqual([
      { path, message: 'That is before the request was raised: check the date.' },
    ]);
  });

  it.each([
    { fact: 'hardwareReceivedOn', value: '2026-12-01' },
    { fact: 'hardwareReceivedOn', value: '2026-12-02' },
    { fact: 'stockEta', value: '2026-11-01' },
    { fact: 'hardwareReceivedOn', value: null },
  ] as const)('takes %o: on the day raised anywhere on Earth, or not a past event', (change) => {
    expect(factProblemsForRequest(change, raisedAt)).toEqual([]);
  });
});
