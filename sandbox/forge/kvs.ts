import type { Site } from '../site/site';

/** Largest value the app may store under one key, as Forge's key-value store allows. */
const maxValueBytes = 240 * 1024;

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
  const input = (body ?? {}) as {
    key?: unknown;
    value?: unknown;
    limit?: unknown;
    cursor?: unknown;
    where?: unknown;
  };
  const storage = site.state.appStorage;

  switch (path) {
    case '/api/v1/get': {
      if (typeof input.key !== 'string') return badRequest('A key is required.');
      return input.key in storage
        ? { status: 200, body: { key: input.key, value: storage[input.key] } }
        : notFound;
    }
    case '/api/v1/set': {
      if (typeof input.key !== 'string' || input.key.length === 0 || input.key.length > 500) {
        return badRequest('A key of 1 to 500 characters is required.');
      }
      if (input.value === undefined) return badRequest('A value is required.');
      if (Buffer.byteLength(JSON.stringify(input.value)) > maxValueBytes) {
        return badRequest(`The value is larger than ${maxValueBytes} bytes.`);
      }
      storage[input.key] = input.value;
      site.storageChanged();
      return { status: 204 };
    }
    case '/api/v1/delete': {
      if (typeof input.key !== 'string') return badRequest('A key is required.');
      if (!(input.key in storage)) return notFound;
      Reflect.deleteProperty(storage, input.key);
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
