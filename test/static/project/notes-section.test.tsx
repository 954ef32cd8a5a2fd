import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';

import { projectKeys } from '../../../src/contracts/project';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { invokedPayloads } from '../support/bridge-mock';
import { acceptSaves, buildProjectView, renderProjectSettings } from '../support/project-view';

const fieldServiceView = () => {
  const view = buildProjectView({
    config: { ...configForPreset('field-service'), companyName: 'Kea Fleet' },
  });
  view.config.rules.reopen.windowDays = 7;
  return view;
};

const openNotes = async () => {
  acceptSaves(fieldServiceView());
  const rendered = await renderProjectSettings(fieldServiceView());
  await rendered.user.click(screen.getByRole('tab', { name: 'Notes' }));
  return rendered;
};

const field = (group: string, name: string) =>
  within(screen.getByTestId(`notes-group-${group}`)).getByRole('textbox', { name });

const preview = (group: string) => screen.getByTestId(`notes-preview-${group}`);

describe('the Notes tab', () => {
  it('shows each note’s built-in wording and a preview of it with the company filled', async () => {
    await openNotes();

    expect(field('reopen', 'Reopen note')).toHaveAttribute(
      'placeholder',
      expect.stringContaining("it's back with {company}"),
    );
    expect(preview('reopen')).toHaveTextContent("it's back with Kea Fleet");
    expect(preview('afterWindow')).toHaveTextContent(
      'more than 7 days ago, so it stays closed. If something still needs Kea Fleet, please ' +
        'raise a new request: https://your-site.atlassian.net/servicedesk/customer/portal/1',
    );
    expect(screen.getByText(/\{portal\} the link to the portal \(required\)/)).toBeVisible();
  });

  it('previews the French wording as it is typed and saves it', async () => {
    const { user } = await openNotes();

    await user.click(field('afterWindow', 'After-window note'));
    await user.paste('Demande close depuis plus de {days} jours : {portal}');
    await user.click(field('ask', 'First line'));
    await user.paste('{company} a besoin de :');

    expect(preview('afterWindow')).toHaveTextContent(
      'Demande close depuis plus de 7 jours : https://your-site.atlassian.net/',
    );
    expect(preview('ask')).toHaveTextContent('Kea Fleet a besoin de : - Vehicle registration');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('heading', { name: 'Settings saved' });
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([
      {
        config: expect.objectContaining({
          notes: {
            afterWindow: 'Demande close depuis plus de {days} jours : {portal}',
            askIntroduction: '{company} a besoin de :',
          },
        }),
      },
    ]);
  });

  it('shows an unknown placeholder’s message beside its field and sends nothing', async () => {
    const { user } = await openNotes();

    const reopen = field('reopen', 'Reopen note');
    await user.click(reopen);
    await user.paste('Rouverte, voir {ticket}.');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const message = 'The reopen note does not know {ticket}; it can use {company}.';
    expect(reopen).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(within(screen.getByTestId('notes-group-reopen')).getByText(message)).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('refuses the after-window note without the portal link before anything is sent', async () => {
    const { user } = await openNotes();

    await user.click(field('afterWindow', 'After-window note'));
    await user.paste('Trop tard, {company} ne peut rien faire.');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      within(screen.getByTestId('notes-group-afterWindow')).getByText(
        'The after-window note must keep {portal}: without the portal link the customer has no way to raise a new request.',
      ),
    ).toBeVisible();
    expect(invokedPayloads(projectKeys.saveSettings)).toEqual([]);
  });

  it('previews markup in the wording as the characters typed', async () => {
    const { user } = await openNotes();

    await user.click(field('reopen', 'Reopen note'));
    await user.paste('<b>Rouverte</b> par {company}');

    expect(preview('reopen')).toHaveTextContent('<b>Rouverte</b> par Kea Fleet');
    expect(preview('reopen').querySelector('b')).toBeNull();
  });

  it('passes an accessibility check', async () => {
    const { container } = await openNotes();

    expect(await axe(container)).toHaveNoViolations();
  });
});
