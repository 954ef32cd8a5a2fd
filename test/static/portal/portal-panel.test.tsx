import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';

import { portalKeys } from '../../../src/contracts/portal';
import { fail, succeed } from '../../../src/contracts/result';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { answerInvoke, holdInvoke, invokedPayloads } from '../support/bridge-mock';
import { buildExplanation, buildPortalGuide } from '../support/builders';

const waitingGuide = buildPortalGuide({
  companyName: 'Acme',
  explanation: buildExplanation({
    statusName: 'Waiting for Customer',
    headline: 'We need the serial number of your device.',
    actsNextLabel: 'You',
    waitsOnCustomer: true,
    customerCanDo: ['Reply with the serial number from the back of the device.'],
  }),
});

describe('PortalPanel', () => {
  it('asks the portal resolver for the guide once, with an empty payload', async () => {
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'Our support team is working on your request.' });
    expect(invokedPayloads(portalKeys.getGuide)).toEqual([{}]);
  });

  it('shows a labelled spinner while the guide loads', () => {
    holdInvoke(portalKeys.getGuide);

    render(<PortalPanel />);

    expect(screen.getByRole('img', { name: "Loading your request's guide" })).toBeInTheDocument();
  });

  it('says who acts next and what happens next when the request does not wait on the customer', async () => {
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));

    render(<PortalPanel />);

    const headline = await screen.findByRole('heading', { level: 2 });
    expect(headline).toHaveTextContent('Our support team is working on your request.');
    expect(screen.getByText('Who acts next:').closest('p')).toHaveTextContent(
      'Who acts next: Our support team',
    );
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeInTheDocument();
    expect(
      screen.getByText('We will update this request as soon as we know more.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/needs something from you/)).not.toBeInTheDocument();
  });

  it('leads with a warning that action is needed when the request waits on the customer', async () => {
    answerInvoke(portalKeys.getGuide, succeed(waitingGuide));

    render(<PortalPanel />);

    const warningTitle = await screen.findByRole('heading', { name: 'Your action is needed' });
    expect(screen.getAllByRole('heading')[0]).toBe(warningTitle);
    const warning = screen.getByTestId('waiting-on-you-message');
    expect(within(warning).getByText('We need the serial number of your device.')).toBeVisible();
    const actions = within(warning).getByRole('list', { name: 'What you can do now' });
    expect(
      within(actions)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Reply with the serial number from the back of the device.']);
    expect(screen.queryByText('Who acts next:')).not.toBeInTheDocument();
    expect(screen.getAllByRole('list', { name: 'What you can do now' })).toHaveLength(1);
  });

  it('lists what the customer can do now and the tips', async () => {
    const explanation = buildExplanation({
      customerCanDo: ['Add a comment.', 'Attach a photo.'],
      tips: ['Keep the packaging.', 'Note the error code.'],
    });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide({ explanation })));

    render(<PortalPanel />);

    const canDo = await screen.findByRole('list', { name: 'What you can do now' });
    expect(
      within(canDo)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Add a comment.', 'Attach a photo.']);
    const tips = screen.getByRole('list', { name: 'Tips' });
    expect(
      within(tips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Keep the packaging.', 'Note the error code.']);
  });

  it('shows the promise when the status carries one', async () => {
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));

    render(<PortalPanel />);

    expect(await screen.findByRole('heading', { name: 'Our promise' })).toBeInTheDocument();
    expect(
      screen.getByText('We reply to every request within 8 business hours.'),
    ).toBeInTheDocument();
  });

  it('leaves out the promise, the list and the tips when the status has none', async () => {
    const explanation = buildExplanation({ promise: null, customerCanDo: [], tips: [] });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide({ explanation })));

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'What happens next' });
    expect(screen.queryByRole('heading', { name: 'Our promise' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tips' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What you can do now' })).not.toBeInTheDocument();
  });

  it.each([
    ['NOT_FOUND', "This request's guide isn't available to you."],
    ['FORBIDDEN', "This request's guide isn't available to you."],
    ['UNAVAILABLE', "We can't show this request's guide right now."],
    ['INTERNAL', "We can't show this request's guide right now."],
  ] as const)('shows "%s" as: %s', async (code, title) => {
    answerInvoke(portalKeys.getGuide, fail(code, 'Jira did not answer.'));

    render(<PortalPanel />);

    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByText('Jira did not answer.')).toBeInTheDocument();
  });

  it('loads the guide again when the customer asks to try again', async () => {
    const user = userEvent.setup();
    answerInvoke(portalKeys.getGuide, fail('UNAVAILABLE', ''));
    render(<PortalPanel />);
    const retry = await screen.findByRole('button', { name: 'Try again' });

    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));
    await user.click(retry);

    expect(
      await screen.findByRole('heading', { name: 'Our support team is working on your request.' }),
    ).toBeInTheDocument();
    expect(invokedPayloads(portalKeys.getGuide)).toHaveLength(2);
  });

  it("offers no retry when the request is not the customer's to see", async () => {
    answerInvoke(portalKeys.getGuide, fail('NOT_FOUND', ''));

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: "This request's guide isn't available to you." });
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('says the bridge failed when the resolver cannot be reached', async () => {
    render(<PortalPanel />);

    expect(
      await screen.findByRole('heading', { name: "We can't show this request's guide right now." }),
    ).toBeInTheDocument();
    expect(screen.getByText('Check your connection, then try again.')).toBeInTheDocument();
  });

  it.each([
    ['waits on the customer', waitingGuide],
    ['does not wait on the customer', buildPortalGuide()],
  ])('has no accessibility violations when the request %s', async (_case, guide) => {
    answerInvoke(portalKeys.getGuide, succeed(guide));
    const { container } = render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'What happens next' });

    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no accessibility violations when the guide cannot be shown', async () => {
    answerInvoke(portalKeys.getGuide, fail('INTERNAL', ''));
    const { container } = render(<PortalPanel />);

    await screen.findByRole('button', { name: 'Try again' });

    expect(await axe(container)).toHaveNoViolations();
  });
});
