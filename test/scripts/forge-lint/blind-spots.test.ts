import { requestsMisread, routesNotSeen } from '../../../scripts/forge-lint/blind-spots';
import { useProbeFile } from './probe-file';

describe('what the offline Forge lint refuses because @forge/lint would misread it', () => {
  const fileWith = useProbeFile("import api, { assumeTrustedRoute, route } from '@forge/api';");

  it.each([
    ["{ method: 'PUT', body }", null],
    ['undefined', null],
    ['{ method }', 'its method is not a string literal, which the linter reads as GET'],
    ['{ ...init }', 'its method may come from a spread, which the linter reads as GET'],
    ['init', 'its options are not written in the call'],
  ])('reads a request with options %s as %s', (options, why) => {
    const call = options === 'undefined' ? '' : `, ${options}`;
    const file = fileWith(`api.asApp().requestJira(route\`/rest/api/3/issue/\${key}\`${call});`);

    expect(requestsMisread([file])).toEqual(why === null ? [] : [`${file}:2: ${why}`]);
  });

  it('refuses a route built from a string, wherever it is requested', () => {
    const file = fileWith("const path = assumeTrustedRoute('/rest/api/3/issue/FS-1');");

    const why =
      'assumeTrustedRoute builds a route from a string, whose path the linter cannot read';

    expect(requestsMisread([file])).toEqual([`${file}:2: ${why}`]);
  });

  it('lets a helper forward a route it is given, as the route is checked where written', () => {
    const file = fileWith('const send = (path: Route) => api.asApp().requestJira(path, init);');

    expect(requestsMisread([file])).toEqual([]);
  });

  it('names each route template that no request the linter read stands on', () => {
    const file = fileWith(
      [
        '// route`/in/a/comment` is not code',
        'const path = route`/rest/api/3/status`;',
        "api.asApp().requestJira(route`/rest/api/3/issue`, { method: 'GET' });",
      ].join('\n'),
    );
    const seen = [{ file, line: 4, method: 'GET', path: '/rest/api/3/issue' }];

    expect(routesNotSeen([file], seen)).toEqual([`${file}:3`]);
  });
});
