import english from '../../../locales/en-US.json';
import french from '../../../locales/fr-FR.json';
import type { ResolverResult } from '../../../src/contracts/result';
import type { PayloadOf, ResolverKey, ResultOf } from '../../../static/shared/call-resolver';

/** What a resolver definition answers in a test: an envelope, or a function of the payload. */
export type BridgeAnswer<K extends ResolverKey> =
  | ResolverResult<ResultOf<K>>
  | ((payload: PayloadOf<K>) => ResolverResult<ResultOf<K>> | Promise<ResolverResult<ResultOf<K>>>);

/** The part of the Forge context the apps read. */
export interface BridgeContext {
  locale: string;
  timezone: string;
}

const defaultContext: BridgeContext = { locale: 'en-GB', timezone: 'Europe/London' };

const answers = new Map<string, (payload: unknown) => unknown>();
let context: BridgeContext | Error = defaultContext;

/**
 * Stands in for `invoke` of @forge/bridge: answers with what the test set for the key, and
 * rejects, as an unreachable bridge does, for a key the test set nothing for.
 */
export const invoke = jest.fn((functionKey: string, payload?: unknown): Promise<unknown> => {
  const answer = answers.get(functionKey);
  if (!answer) {
    return Promise.reject(new Error(`The test set no answer for ${functionKey}`));
  }
  return Promise.resolve(answer(payload));
});

/** Stands in for `router` of @forge/bridge: records where the app asked to go. */
export const router = { navigate: jest.fn((): Promise<void> => Promise.resolve()) };

/** Stands in for `view` of @forge/bridge. */
export const view = {
  theme: { enable: jest.fn((): Promise<void> => Promise.resolve()) },
  getContext: jest.fn((): Promise<BridgeContext> =>
    context instanceof Error ? Promise.reject(context) : Promise.resolve(context),
  ),
};

// The app's translation resources as manifest.yml lists them, with US English as the fallback.
const translations: Record<string, unknown> = { 'en-US': english, 'fr-FR': french };

const lookUp = (resource: unknown, key: string): string | null => {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : null,
      resource,
    );
  return typeof value === 'string' ? value : null;
};

/**
 * Stands in for `i18n` of @forge/bridge: the translation function for the context's locale (or
 * the one given) over the app's own resource files, falling back to US English, then to the
 * default value, then to the key.
 */
export const i18n = {
  createTranslationFunction: jest.fn(async (locale: string | null = null) => {
    const wanted = locale ?? (await view.getContext()).locale;
    const order = [wanted, 'en-US'].filter((code) => code in translations);
    return (key: string, defaultValue?: string): string =>
      order.map((code) => lookUp(translations[code], key)).find((text) => text !== null) ??
      defaultValue ??
      key;
  }),
};

/** Makes the resolver definition `key` answer with `answer` from now on. */
export const answerInvoke = <K extends ResolverKey>(key: K, answer: BridgeAnswer<K>): void => {
  answers.set(key, (payload) =>
    typeof answer === 'function' ? answer(payload as PayloadOf<K>) : answer,
  );
};

/** Makes the resolver definition `key` never answer, so the app stays loading. */
export const holdInvoke = (key: ResolverKey): void => {
  answers.set(key, () => new Promise<never>(() => undefined));
};

/** Makes `view.getContext()` answer with this context, or fail with this error. */
export const giveContext = (next: Partial<BridgeContext> | Error): void => {
  context = next instanceof Error ? next : { ...defaultContext, ...next };
};

/** The payloads sent to the resolver definition `key`, in order. */
export const invokedPayloads = (key: ResolverKey): unknown[] =>
  invoke.mock.calls.filter(([functionKey]) => functionKey === key).map(([, payload]) => payload);

/** Forgets every answer, context and call; the setup file runs it after each test. */
export const resetBridge = (): void => {
  answers.clear();
  context = defaultContext;
  invoke.mockClear();
  view.theme.enable.mockClear();
  view.getContext.mockClear();
  i18n.createTranslationFunction.mockClear();
};
