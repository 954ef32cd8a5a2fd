import type { Site } from '../site/site';

/** Largest value the app may store under one key, as Forge's key-value store allows. */
const maxValueBytes = 240 * 1024;

interface KvsInput {
  key?: unknown;
  value?: unknown;
  limit?: unknown;
  cursor?: unknown;
  where?: unknown;
  options?: { keyPolicy?: unknown; ttl?: { value?: unknown; unit?: unknown } };
}

interface KvsAnswer {
  status: number;
  body?: unknown;
}

const notFound: KvsAnswer = {
  status: 404,
  body: { code: 'KEY_NOT_FOUND', message: 'Key not found' },
};
const badRequest = (message: string): KvsAnswer => ({
  status: 400,
  body: { code: 'BAD_REQUEST', message },
});

/**
 * Answers the @forge/kvs client's calls (get, set, delete, query) from the site's app storage,
 * with the status codes and error bodies the client expects.
 */
export const handleKvs = (site: Site, path: string, body: unknown): KvsAnswer => {
  const input = (body ?? {}) as KvsInput;
  forgetExpired(site, typeof input.key === 'string' ? input.key : null, path === '/api/v1/query');
  const storage = site.state.appStorage;

  switch (path) {
    case '/api/v1/get': {
      if (typeof input.key !== 'string') return badRequest('A key is required.');
      return input.key in storage
        ? { status: 200, body: { key: input.key, value: storage[input.key] } }
        : notFound;
    }
    case '/api/v1/set':
      return setKey(site, input);
    case '/api/v1/delete': {
      if (typeof input.key !== 'string') return badRequest('A key is required.');
      if (!(input.key in storage)) return notFound;
      Reflect.deleteProperty(storage, input.key);
      Reflect.deleteProperty(site.state.appStorageExpiry ?? {}, input.key);
      site.storageChanged();
      return { status: 204 };
    }
    case '/api/v1/query': {
      if (input.where !== undefined) return badRequest('Queries with conditions are not emulated.');
      const keys = Object.keys(storage).sort();
      const limit = typeof input.limit === 'number' ? input.limit : 10;
      const start = typeof input.cursor === 'string' ? keys.indexOf(input.cursor) + 1 : 0;
      const chosen = keys.slice(start, start + limit);
      const last = chosen[chosen.length - 1];
      return {
        status: 200,
        body: {
          data: chosen.map((key) => ({ key, value: storage[key] })),
          ...(start + limit < keys.length && last !== undefined ? { cursor: last } : {}),
        },
      };
    }
    default:
      return {
        status: 404,
        body: { code: 'NOT_FOUND', message: `No storage operation at ${path}.` },
      };
  }
};

const ttlUnits: Record<string, number> = { SECONDS: 1e3, MINUTES: 6e4, HOURS: 36e5, DAYS: 864e5 };

/** A set, honouring FAIL_IF_EXISTS (atomic: this runs to its end before any other call) and ttl. */
const setKey = (site: Site, input: KvsInput): KvsAnswer => {
  const storage = site.state.appStorage;
  if (typeof input.key !== 'string' || input.key.length === 0 || input.key.length > 500) {
    return badRequest('A key of 1 to 500 characters is required.');
  }
  if (input.value === undefined) return badRequest('A value is required.');
  if (Buffer.byteLength(JSON.stringify(input.value)) > maxValueBytes) {
    return badRequest(`The value is larger than ${maxValueBytes} bytes.`);
  }
  if (input.options?.keyPolicy === 'FAIL_IF_EXISTS' && input.key in storage) {
    return { status: 409, body: { code: 'KEY_CONFLICT', message: 'The key already exists.' } };
  }

  storage[input.key] = input.value;
  const expiry = (site.state.appStorageExpiry ??= {});
  const ttl = input.options?.ttl;
  const unitMs = typeof ttl?.unit === 'string' ? ttlUnits[ttl.unit] : undefined;
  if (typeof ttl?.value === 'number' && unitMs !== undefined) {
    expiry[input.key] = new Date(site.nowMs() + ttl.value * unitMs).toISOString();
  } else {
    Reflect.deleteProperty(expiry, input.key);
  }
  site.storageChanged();
  return { status: 204 };
};

/** How often, in sandbox time, every key's time to live is looked at. */
const fullPurgeEveryMs = 60_000;

const lastFullPurge = new WeakMap<Site, number>();

/**
 * Drops keys whose time to live has passed, as the store does: the key a call names at once,
 * and every key before a query or once a minute, so a store of many keys costs each call little.
 */
const forgetExpired = (site: Site, key: string | null, isQuery: boolean): void => {
  const expiry = site.state.appStorageExpiry ?? {};
  const now = site.nowMs();
  const forget = (name: string): void => {
    const at = expiry[name];
    if (at === undefined || Date.parse(at) > now) return;
    Reflect.deleteProperty(site.state.appStorage, name);
    Reflect.deleteProperty(expiry, name);
  };

  if (key !== null) forget(key);
  if (!isQuery && now - (lastFullPurge.get(site) ?? Number.NEGATIVE_INFINITY) < fullPurgeEveryMs) {
    return;
  }
  lastFullPurge.set(site, now);
  for (const name of Object.keys(expiry)) forget(name);
};
