import { seedSite } from '../../../sandbox/site/seed';
import { Site } from '../../../sandbox/site/site';

describe('the keys of new requests', () => {
  const raise = (site: Site, projectKey: string, requestTypeId: string) =>
    site.createRequest({
      projectKey,
      requestTypeId,
      reporterId: 'cust-casey',
      summary: 'A new request',
      description: '',
    }).key;

  it('numbers each project on its own, as Jira does', () => {
    const site = new Site(seedSite(new Date('2026-12-01T21:00:00Z')));

    expect(raise(site, 'FS', '10')).toBe('FS-18');
    expect(raise(site, 'IT', '20')).toBe('IT-4');
    expect(raise(site, 'FS', '12')).toBe('FS-19');
  });
});
