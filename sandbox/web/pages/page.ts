import type { Site } from '../../site/site';
import { html } from '../html';
import type { Viewer } from '../viewer';
import type { AppFrameDeps } from './app-frame';
import type { PageContent } from './layout';

/** What every page handler may read. */
export interface PageDeps extends AppFrameDeps {
  site: Site;
}

/** Renders one page for the viewer; `params` are the route's path parameters. */
export type PageHandler = (
  deps: PageDeps,
  viewer: Viewer,
  params: Record<string, string>,
) => PageContent;

/** A page that says why there is nothing to show (not found, not allowed). */
export const problemPage = (status: number, title: string, message: string): PageContent => ({
  status,
  title,
  body: html`<h1>${title}</h1>
    <p>${message}</p>
    <p><a href="/">Back to the sandbox home</a></p>`,
});
