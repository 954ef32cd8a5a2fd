import type { LoadedManifest } from '../forge/manifest';
import type { SandboxLog } from '../log';
import type { Site } from '../site/site';

/** Light or dark, as the person viewing the sandbox chose. */
export type ColorMode = 'light' | 'dark';

/** The Forge context a resolver call runs with; Forge, never the browser, decides it. */
export interface InvocationContext {
  accountId: string;
  extension: Record<string, unknown>;
  locale: string;
  timezone: string;
  theme: ColorMode;
}

/** The part of the Forge emulator the web layer uses. */
export interface SandboxEmulator {
  readonly manifest: LoadedManifest;
  readonly events: { drain(): Promise<void> };
  /** Runs a UI module's resolver; throws for an unknown module or definition. */
  invokeResolver(
    moduleKey: string,
    call: { functionKey: string; payload: unknown },
    context: InvocationContext,
  ): Promise<unknown>;
}

/** What the sandbox's web server is built from. */
export interface SandboxServerOptions {
  site: Site;
  emulator: SandboxEmulator;
  log: SandboxLog;
  /** The app's root folder, holding manifest.yml and the resource folders. */
  rootDir: string;
}
