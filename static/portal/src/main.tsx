import { enableThemeAndRender } from '../../shared/mount-app';
import { PortalPanel } from './portal-panel';

void enableThemeAndRender(<PortalPanel />);
