import { enableThemeAndRender } from '../../shared/mount-app';
import { ProjectSettingsPage } from './project-settings-page';

void enableThemeAndRender(<ProjectSettingsPage />);
