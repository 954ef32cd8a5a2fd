import { enableThemeAndRender } from '../../shared/mount-app';
import { AgentPanel } from './agent-panel';

void enableThemeAndRender(<AgentPanel />);
