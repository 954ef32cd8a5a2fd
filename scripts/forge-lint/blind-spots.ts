import { readFileSync } from 'node:fs';

import ts from 'typescript';

import type { SeenJiraCall } from './run-linter';

/**
 * Files the linter was given but did not parse. @forge/lint parses a TypeScript file only when
 * tsconfig.json's `include` globs list it, and reads a bare folder name ("src") as a glob that
 * matches the folder, not its files: every file is then skipped, silently.
 */
export const filesNotParsed = (files: string[], parsed: string[]): string[] =>
  files.filter((file) => !parsed.includes(file));

const isCode = (line: string): boolean => !/^\s*(\*|\/\/|\/\*)/.test(line);

/**
 * Each Jira route the code writes (a route`…` template) whose scope the linter did not check,
 * as "file:line". The linter reads a call's path and method only from a `requestJira(route`…`,
 * { method: '…' })` written in one expression; a route built in one place and requested in
 * another is invisible to it.
 */
export const routesNotSeen = (files: string[], seen: SeenJiraCall[]): string[] =>
  files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, index) => (isCode(text) && /\broute`/.test(text) ? [index + 1] : []))
      .filter((line) => !seen.some((call) => call.file === file && call.line === line))
      .map((line) => `${file}:${line}`),
  );

const productRequests = /^request(Jira|Confluence|Bitbucket)$/;
const untemplatedRoutes = /^(assumeTrustedRoute|routeFromAbsolute)$/;

const calledName = (call: ts.CallExpression): string => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

const isWrittenPath = (path: ts.Expression | undefined): boolean =>
  path !== undefined &&
  (ts.isTaggedTemplateExpression(path) || ts.isTemplateLiteral(path) || ts.isStringLiteral(path));

/** Why the linter misreads the method of a request whose path it reads, or null if it does not. */
const misreadMethod = (options: ts.Expression | undefined): string | null => {
  if (options === undefined) return null;
  if (!ts.isObjectLiteralExpression(options)) return 'its options are not written in the call';

  const method = options.properties.find(
    (property) =>
      property.name !== undefined &&
      ts.isIdentifier(property.name) &&
      property.name.text === 'method',
  );
  if (method === undefined) {
    return options.properties.some(ts.isSpreadAssignment)
      ? 'its method may come from a spread, which the linter reads as GET'
      : null;
  }
  return ts.isPropertyAssignment(method) && ts.isStringLiteral(method.initializer)
    ? null
    : 'its method is not a string literal, which the linter reads as GET';
};

/** Why the linter misreads this call, or null when the call is none of its business or is read. */
const misreading = (call: ts.CallExpression): string | null => {
  const name = calledName(call);
  if (untemplatedRoutes.test(name)) {
    return `${name} builds a route from a string, whose path the linter cannot read`;
  }
  if (!productRequests.test(name)) return null;

  const [path, options] = call.arguments;
  return isWrittenPath(path) ? misreadMethod(options) : null;
};

/**
 * Each place where the linter would misread a request to a product, as "file:line: why".
 *
 * The linter checks a request's scopes only when its path is a literal or template written in
 * the `requestJira` call, and takes its method from a string literal `method` in an options
 * object written there, else GET: a PUT whose method sits in a variable would be checked as a
 * GET, and its write scope never asked for. A request whose path is a variable (a helper that
 * forwards a route it is given) is not flagged here: the route was built elsewhere, and every
 * route`…` template must stand in a call the linter read (see routesNotSeen), while a route
 * built from a string (assumeTrustedRoute, routeFromAbsolute) is flagged where it is built.
 */
export const requestsMisread = (files: string[]): string[] =>
  files.flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      const why = ts.isCallExpression(node) ? misreading(node) : null;
      if (why !== null) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${file}:${line + 1}: ${why}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
