import { render, screen } from '@testing-library/react';
import { axe } from 'jest-axe';

import { type PortalGuide, portalKeys } from '../../../src/contracts/portal';
import { succeed } from '../../../src/contracts/result';
import type { ReaderClock } from '../../../static/portal/src/format-promise-due';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { answerInvoke, giveContext } from '../support/bridge-mock';
import { buildExplanation, buildPortalGuide } from '../support/builders';
import { restoreToday, setToday } from '../support/fake-today';
import { normaliseSpaces } from '../support/panel-queries';

const dispatchGuide = (overrides: Partial<PortalGuide> = {}): PortalGuide =>
  buildPortalGuide({
    explanation: buildExplanation({
      statusName: 'Awaiting Dispatch',
      entryId: 'awaiting-dispatch',
      promise: {
        text: 'Standard orders are dispatched within 5 business days of being processed.',
        lateText:
          "This is taking longer than we promised, and we're sorry for the wait. We're on it and " +
          'will update this request as soon as we can.',
      },
    }),
    promiseDue: { dueAt: '2026-12-08T23:00:00.000Z', isOnTrack: true },
    ...overrides,
  });

const aucklander: ReaderClock = { locales: ['en-NZ'], timeZone: 'Pacific/Auckland' };

const renderGuide = async (
  guide: PortalGuide,
  reader: ReaderClock = aucklander,
): Promise<HTMLElement> => {
  answerInvoke(portalKeys.getGuide, succeed(guide));
  const { container } = render(<PortalPanel reader={reader} />);
  await screen.findByRole('heading', { name: 'What happens next' });
  return container;
};

const dueSentence = (): string =>
  normaliseSpaces(screen.getByText(/For your request, that means by/).textContent);

describe('the promise and the recorded facts on the portal panel', () => {
  beforeEach(() => {
    setToday('2026-12-03T21:30:00Z');
  });

  afterEach(restoreToday);

  it.each([
    [['en-NZ'], 'Pacific/Auckland', 'Wednesday, 9 December, 12:00 pm'],
    [['en-GB', 'en'], 'Europe/London', 'Tuesday 8 December, 23:00'],
    [['en-US'], 'America/New_York', 'Tuesday, December 8, 6:00 PM'],
    [['de-DE'], 'Europe/Berlin', 'Mittwoch, 9. Dezember, 00:00'],
  ])('shows the due date to a reader of %j in %s as "%s"', async (locales, timeZone, expected) => {
    await renderGuide(dispatchGuide(), { locales, timeZone });

    expect(dueSentence()).toBe(`For your request, that means by ${expected}, your local time.`);
    expect(screen.getByText(expected, { normalizer: normaliseSpaces })).toHaveAttribute(
      'datetime',
      '2026-12-08T23:00:00.000Z',
    );
  });

  it('adds the year when the promise falls due next year', async () => {
    setToday('2026-12-30T10:00:00Z');

    await renderGuide(
      dispatchGuide({
        promiseDue: { dueAt: '2027-01-05T09:00:00.000Z', isOnTrack: true },
      }),
      { locales: ['en-GB'], timeZone: 'Europe/London' },
    );

    expect(dueSentence()).toContain('Tuesday, 5 January 2027, 09:00');
  });

  it("writes dates in the viewer's Jira locale before the browser's languages", async () => {
    jest.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB']);
    giveContext({ locale: 'en-US' });
    answerInvoke(portalKeys.getGuide, succeed(dispatchGuide()));

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'Our promise' });
    expect(dueSentence()).toMatch(/that means by Tuesday, December 8, \d+:00 [AP]M, your local/);
  });

  it('apologises without a date once the promise is late', async () => {
    await renderGuide(
      dispatchGuide({
        promiseDue: { dueAt: '2026-12-08T23:00:00.000Z', isOnTrack: false },
      }),
    );

    expect(
      screen.getByText(/This is taking longer than we promised, and we're sorry for the wait./),
    ).toBeVisible();
    expect(screen.queryByText(/For your request, that means by/)).not.toBeInTheDocument();
    expect(screen.queryByText(/December/)).not.toBeInTheDocument();
  });

  it('says what the catalogue says of a late promise, beside the installer’s number', async () => {
    const ringThem = 'Please give the installer a ring; add a comment if you need their number.';

    await renderGuide(
      buildPortalGuide({
        explanation: buildExplanation({
          statusName: 'Installer Booked',
          entryId: 'installer-booked',
          promise: { text: 'We suggest a call after a week of silence.', lateText: ringThem },
        }),
        promiseDue: { dueAt: '2026-12-03T20:00:00.000Z', isOnTrack: false },
        facts: { installer: { name: 'Ian Installer', phone: '021 555 0134' } },
      }),
    );

    expect(screen.getByText(ringThem)).toBeVisible();
    expect(screen.getByRole('link', { name: '021 555 0134' })).toHaveAttribute(
      'href',
      'tel:0215550134',
    );
    expect(screen.queryByText(/we're sorry for the wait/)).not.toBeInTheDocument();
  });

  it('shows the promise alone when it has no due date', async () => {
    await renderGuide(dispatchGuide({ promiseDue: null }));

    expect(screen.getByRole('heading', { name: 'Our promise' })).toBeVisible();
    expect(screen.queryByText(/For your request/)).not.toBeInTheDocument();
  });

  it('tells the customer when the order was dispatched and its carrier reference', async () => {
    await renderGuide(
      dispatchGuide({
        facts: { dispatchedOn: '2026-12-03', carrierReference: 'NZP-4471', stockEta: '2026-12-01' },
      }),
    );

    expect(definitionOf('Dispatched')).toBe('Thursday, 3 December 2026');
    expect(definitionOf('Carrier reference')).toBe('NZP-4471');
    expect(screen.queryByText('Stock expected')).not.toBeInTheDocument();
  });

  it('tells the customer when the stock is expected until the order is dispatched', async () => {
    await renderGuide(dispatchGuide({ facts: { stockEta: '2026-12-18' } }), {
      locales: ['en-GB'],
      timeZone: 'Europe/London',
    });

    expect(definitionOf('Stock expected')).toBe('Friday, 18 December 2026');
  });

  it('names the installer with a number the customer can ring', async () => {
    await renderGuide(
      dispatchGuide({ facts: { installer: { name: 'Ian Installer', phone: '021 555 0101' } } }),
    );

    expect(screen.getByRole('heading', { name: 'Your installer' })).toBeVisible();
    expect(definitionOf('Name')).toBe('Ian Installer');
    expect(screen.getByRole('link', { name: '021 555 0101' })).toHaveAttribute(
      'href',
      'tel:0215550101',
    );
  });

  it('gives the reason for the hold while the request is on hold', async () => {
    const explanation = buildExplanation({ statusName: 'On Hold', entryId: 'on-hold' });

    await renderGuide(
      buildPortalGuide({ explanation, facts: { holdReason: 'The vehicle is on a remote site.' } }),
    );

    expect(screen.getByRole('heading', { name: "Why it's on hold" })).toBeVisible();
    expect(screen.getByText('The vehicle is on a remote site.')).toBeVisible();
  });

  it('leaves out a hold reason once the request has moved on', async () => {
    await renderGuide(buildPortalGuide({ facts: { holdReason: 'An old reason.' } }));

    expect(screen.queryByText('An old reason.')).not.toBeInTheDocument();
  });

  it('has no accessibility violations with a due date and every fact', async () => {
    const container = await renderGuide(
      dispatchGuide({
        facts: {
          dispatchedOn: '2026-12-03',
          carrierReference: 'NZP-4471',
          installer: { name: 'Ian Installer', phone: '021 555 0101' },
        },
      }),
    );

    expect(await axe(container)).toHaveNoViolations();
  });
});

const definitionOf = (term: string): string => {
  const definition = screen.getByText(term, { selector: 'dt' }).nextElementSibling;
  return normaliseSpaces(definition?.textContent ?? '');
};
