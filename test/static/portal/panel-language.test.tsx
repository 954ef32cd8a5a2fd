import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';

import english from '../../../locales/en-US.json';
import french from '../../../locales/fr-FR.json';
import { portalKeys } from '../../../src/contracts/portal';
import { fail, succeed } from '../../../src/contracts/result';
import { PortalPanel } from '../../../static/portal/src/portal-panel';
import { answerInvoke, giveContext, holdInvoke } from '../support/bridge-mock';
import { buildExplanation, buildPortalGuide } from '../support/builders';
import { normaliseSpaces } from '../support/panel-queries';

const waitingGuide = buildPortalGuide({
  explanation: buildExplanation({
    statusName: 'Waiting for Customer',
    waitsOnCustomer: true,
    customerCanDo: [],
  }),
});

describe('the portal panel in the viewer’s language', () => {
  it('has every US English text in French too, and nothing more', () => {
    expect(Object.keys(french.portal).sort()).toEqual(Object.keys(english.portal).sort());
    expect(Object.values(french.portal).every((text) => text.trim() !== '')).toBe(true);
  });

  it('reads in French for a viewer whose Jira locale is French', async () => {
    giveContext({ locale: 'fr-FR' });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));

    const { container } = render(<PortalPanel />);

    expect(await screen.findByRole('heading', { name: 'La suite' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Conseils' })).toBeVisible();
    expect(screen.getByText('Qui agit maintenant :')).toBeVisible();
    const road = screen.getByRole('list', { name: 'Les prochaines étapes' });
    expect(within(road).getAllByRole('listitem')[0]).toHaveTextContent('(vous êtes ici)');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('writes a due date the French way for a French viewer', async () => {
    giveContext({ locale: 'fr-FR' });
    answerInvoke(
      portalKeys.getGuide,
      succeed(
        buildPortalGuide({ promiseDue: { dueAt: '2026-12-08T23:00:00.000Z', isOnTrack: true } }),
      ),
    );

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'Notre engagement' });
    const sentence = screen.getByText(/Pour votre demande/).closest('p');
    expect(normaliseSpaces(sentence?.textContent ?? '')).toMatch(
      /^Pour votre demande, cela signifie d’ici le (mardi|mercredi) \d+ décembre/,
    );
  });

  it.each([
    ['Pacific/Auckland', /Wednesday 9 December, 12:00/],
    ['Europe/London', /Tuesday 8 December, 23:00/],
  ])('writes the due time in the zone of the viewer’s Jira profile, %s', async (timezone, due) => {
    giveContext({ locale: 'en-GB', timezone });
    answerInvoke(
      portalKeys.getGuide,
      succeed(
        buildPortalGuide({ promiseDue: { dueAt: '2026-12-08T23:00:00.000Z', isOnTrack: true } }),
      ),
    );

    render(<PortalPanel />);

    await screen.findByRole('heading', { name: 'Our promise' });
    const sentence = screen.getByText(/For your request/).closest('p');
    expect(normaliseSpaces(sentence?.textContent ?? '')).toMatch(due);
  });

  it('asks for the customer’s action in French when the request waits on them', async () => {
    giveContext({ locale: 'fr-FR' });
    answerInvoke(portalKeys.getGuide, succeed(waitingGuide));

    render(<PortalPanel />);

    expect(
      await screen.findByRole('heading', { name: 'Une action de votre part est nécessaire' }),
    ).toBeVisible();
    expect(
      screen.getByText('Répondez sur cette demande avec les informations demandées.'),
    ).toBeVisible();
  });

  it('says in French that the guide is not available', async () => {
    giveContext({ locale: 'fr-FR' });
    answerInvoke(portalKeys.getGuide, fail('NOT_FOUND', ''));

    render(<PortalPanel />);

    expect(
      await screen.findByText('Le guide de cette demande ne vous est pas accessible.'),
    ).toBeVisible();
  });

  it('falls back to US English for a locale the app has no translation for', async () => {
    giveContext({ locale: 'ja-JP' });
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));

    render(<PortalPanel />);

    expect(await screen.findByRole('heading', { name: 'What happens next' })).toBeVisible();
  });

  it('still shows the guide in US English when the context cannot be read', async () => {
    giveContext(new Error('no context'));
    answerInvoke(portalKeys.getGuide, succeed(buildPortalGuide()));

    render(<PortalPanel />);

    expect(await screen.findByRole('heading', { name: 'What happens next' })).toBeVisible();
  });

  it('announces the loading in the viewer’s language once it is known', async () => {
    giveContext({ locale: 'fr-FR' });
    holdInvoke(portalKeys.getGuide);

    render(<PortalPanel />);

    expect(
      await screen.findByRole('img', { name: 'Chargement du guide de votre demande' }),
    ).toBeInTheDocument();
  });
});
