import { enableThemeAndRender } from '../../shared/mount-app';
import { AdminPage } from './admin-page';

void enableThemeAndRender(<AdminPage />);
