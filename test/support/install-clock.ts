// Runs before any module of a test file loads, so the app, its libraries and the sandbox all
// share the sandbox's settable clock.
import { installSandboxClock } from '../../sandbox/clock';

installSandboxClock();
