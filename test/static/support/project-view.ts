import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';

import {
  type CatalogueEntryChoice,
  projectKeys,
  type ProjectSettingsView,
} from '../../../src/contracts/project';
import { succeed } from '../../../src/contracts/result';
import { fieldServicePreset } from '../../../src/domain/catalogue/field-service-preset';
import { itServiceDeskPreset } from '../../../src/domain/catalogue/it-service-desk-preset';
import type { CatalogueEntry } from '../../../src/domain/catalogue/types';
import { configForPreset } from '../../../src/domain/config/preset-defaults';
import { ProjectSettingsPage } from '../../../static/project/src/project-settings-page';
import { answerInvoke } from './bridge-mock';

const choicesOf = (catalogue: readonly CatalogueEntry[]): CatalogueEntryChoice[] =>
  catalogue.map((entry) => ({
    id: entry.id,
    name: entry.name,
    category: entry.category,
    waitsOnCustomer: entry.waitsOnCustomer,
    isResolved: entry.isResolved,
    actsNextLabel: 'Our support team',
    wording: entry.wording,
  }));

/** What the project settings page loads for the IT desk, with `overrides` over it. */
export const buildProjectView = (
  overrides: Partial<ProjectSettingsView> = {},
): ProjectSettingsView => ({
  projectKey: 'IT',
  config: { ...configForPreset('it-service-desk'), companyName: 'Tui IT' },
  inheritsSiteDefaults: true,
  storedSettingsProblem: null,
  statuses: [
    { statusName: 'Triage', category: 'new', entryId: null, matchedBy: 'none' },
    { statusName: 'Pending', category: 'indeterminate', entryId: 'pending', matchedBy: 'name' },
  ],
  catalogues: {
    'field-service': choicesOf(fieldServicePreset),
    'it-service-desk': choicesOf(itServiceDeskPreset),
  },
  requestTypes: [{ id: '20', name: 'Get IT help' }],
  accountNames: {},
  ...overrides,
});

/** Renders the project settings page once `view` has loaded; the user and the container. */
export const renderProjectSettings = async (view: ProjectSettingsView = buildProjectView()) => {
  answerInvoke(projectKeys.getSettings, succeed(view));
  const user = userEvent.setup();
  const result = render(createElement(ProjectSettingsPage));
  await screen.findByRole('tab', { name: 'General' });
  return { user, container: result.container };
};

/** Answers every save with the view of what was sent, as the server does once it takes it. */
export const acceptSaves = (view: ProjectSettingsView = buildProjectView()): void => {
  answerInvoke(projectKeys.saveSettings, ({ config }) =>
    succeed({
      ...view,
      config: config as ProjectSettingsView['config'],
      inheritsSiteDefaults: false,
    }),
  );
};
