// Imported first by the sandbox's entry point, so the app and every library it loads run on the
// sandbox's settable clock.
import { installSandboxClock } from './clock';

installSandboxClock();
