import type { Site } from '../site/site';
import type { SiteUser } from '../site/types';

/** A REST call reaching the emulated site, from the app or from an HTTP client. */
export interface RestRequest {
  method: string;
  /** Path without the query string ("/rest/api/3/issue/FS-1"). */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** Who is calling; null for an anonymous call. */
  caller: SiteUser | null;
}

/** The site's answer. */
export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One route's handler: gets the path parameters by name. */
export type RouteHandler = (
  site: Site,
  request: RestRequest & { caller: SiteUser },
  params: Record<string, string>,
) => RestResponse;

/** Which error body a family of endpoints answers with. */
export type ErrorStyle = 'platform' | 'service-management';
