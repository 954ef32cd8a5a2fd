import type { Site } from '../site/site';
import { SiteError } from '../site/site';
import type { SiteIssue } from '../site/types';

/** A value path of an issue property that the app's manifest asks Jira to index. */
export interface IndexedPropertyPath {
  propertyKey: string;
  path: string;
  type: string;
}

type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

interface Clause {
  field: string;
  operator: Operator;
  /** Strings; null stands for EMPTY. */
  values: (string | null)[];
}

/** A JQL query the sandbox understands: clauses joined by AND, and an optional ORDER BY. */
export interface JqlQuery {
  clauses: Clause[];
  orderBy: { field: 'key' | 'created'; isDescending: boolean } | null;
}

const tokenPattern =
  /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\(|\)|,|!=|<=|>=|=|<|>)|(issue\.property\[[^\]]+\](?:\.[\w.]+)?|[\w.-]+))/y;

interface Token {
  text: string;
  isQuoted: boolean;
}

const tokenise = (jql: string): Token[] => {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < jql.length) {
    if (jql.slice(tokenPattern.lastIndex).trim() === '') break;
    const match = tokenPattern.exec(jql);
    if (!match)
      throw jqlError(
        `Error in the JQL Query: cannot read "${jql.slice(tokenPattern.lastIndex).trim()}".`,
      );
    const quoted = match[1] ?? match[2];
    tokens.push(
      quoted === undefined
        ? { text: match[3] ?? match[4] ?? '', isQuoted: false }
        : { text: quoted.replace(/\\(.)/g, '$1'), isQuoted: true },
    );
  }
  return tokens;
};

const jqlError = (message: string): SiteError => new SiteError(400, message);

const isWord = (token: Token | undefined, word: string): boolean =>
  token !== undefined && !token.isQuoted && token.text.toLowerCase() === word;

/**
 * Reads the JQL subset the sandbox answers: `field op value` clauses joined by AND, with `=`,
 * `!=`, `<`, `<=`, `>`, `>=`, `in (...)`, `not in (...)`, `is [not] EMPTY`, and ORDER BY key or
 * created. Throws SiteError(400) with Jira's kind of message for anything else.
 */
export const parseJql = (jql: string): JqlQuery => {
  const tokens = tokenise(jql);
  const clauses: Clause[] = [];
  let orderBy: JqlQuery['orderBy'] = null;
  let at = 0;
  const next = (): Token | undefined => tokens[at++];

  while (at < tokens.length) {
    if (isWord(tokens[at], 'order')) {
      at += 1;
      if (!isWord(next(), 'by'))
        throw jqlError("Error in the JQL Query: expected 'by' after 'order'.");
      const field = next()?.text.toLowerCase();
      if (field !== 'key' && field !== 'created') {
        throw jqlError('The sandbox orders searches by key or created only.');
      }
      const direction = tokens[at];
      const isDescending = isWord(direction, 'desc');
      if (isDescending || isWord(direction, 'asc')) at += 1;
      orderBy = { field, isDescending };
      continue;
    }
    if (clauses.length > 0) {
      const joiner = next();
      if (!isWord(joiner, 'and')) {
        throw jqlError(`The sandbox joins JQL clauses with AND only, not "${joiner?.text ?? ''}".`);
      }
    }
    clauses.push(readClause(next, () => tokens[at]));
  }
  return { clauses, orderBy };
};

const readClause = (next: () => Token | undefined, peek: () => Token | undefined): Clause => {
  const field = next()?.text;
  if (field === undefined) throw jqlError('Error in the JQL Query: a clause is incomplete.');
  let operatorToken = next();
  let operator: Operator;
  if (isWord(operatorToken, 'not') && isWord(peek(), 'in')) {
    next();
    operator = 'not in';
  } else if (isWord(operatorToken, 'is') && isWord(peek(), 'not')) {
    next();
    operator = 'is not';
  } else {
    const text = operatorToken?.text.toLowerCase() ?? '';
    if (!['=', '!=', '<', '<=', '>', '>=', 'in', 'is'].includes(text)) {
      throw jqlError(`Error in the JQL Query: "${text}" is not an operator the sandbox knows.`);
    }
    operator = text as Operator;
  }

  if (operator === 'in' || operator === 'not in') {
    if (next()?.text !== '(') throw jqlError("Error in the JQL Query: expected '(' after IN.");
    const values: string[] = [];
    for (operatorToken = next(); operatorToken?.text !== ')'; operatorToken = next()) {
      if (operatorToken === undefined) throw jqlError("Error in the JQL Query: expected ')'.");
      if (operatorToken.text !== ',' || operatorToken.isQuoted) values.push(operatorToken.text);
    }
    return { field, operator, values };
  }
  const value = next();
  if (value === undefined) throw jqlError('Error in the JQL Query: a clause has no value.');
  const isEmpty = !value.isQuoted && ['empty', 'null'].includes(value.text.toLowerCase());
  return { field, operator, values: [isEmpty ? null : value.text] };
};

const propertyField = /^issue\.property\[([^\]]+)\]\.([\w.]+)$/i;

const readPath = (value: unknown, path: string): string | null => {
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[part];
  }
  if (typeof current === 'string' || typeof current === 'number') return String(current);
  return null;
};

/** The value a clause's field has on an issue; null for none. */
const fieldValue = (
  site: Site,
  issue: SiteIssue,
  field: string,
  index: readonly IndexedPropertyPath[],
): string | null => {
  const property = propertyField.exec(field);
  if (property) {
    const [, key = '', path = ''] = property;
    const isIndexed = index.some((entry) => entry.propertyKey === key && entry.path === path);
    if (!isIndexed) {
      throw jqlError(`Field '${field}' does not exist or you do not have permission to view it.`);
    }
    return readPath(issue.properties[key], path);
  }
  switch (field.toLowerCase()) {
    case 'project':
      return issue.projectKey;
    case 'status':
      return site.status(issue).name;
    case 'statuscategory':
      return site.status(issue).category;
    case 'key':
    case 'issuekey':
      return issue.key;
    default:
      throw jqlError(`Field '${field}' is not one the sandbox searches by.`);
  }
};

const categoryNames: Record<string, string> = {
  'to do': 'new',
  'in progress': 'indeterminate',
  done: 'done',
};

const sameText = (field: string, actual: string, wanted: string): boolean => {
  const folded = wanted.toLowerCase();
  if (field.toLowerCase() === 'statuscategory') return actual === (categoryNames[folded] ?? folded);
  return actual.toLowerCase() === folded;
};

const matches = (
  site: Site,
  issue: SiteIssue,
  clause: Clause,
  index: readonly IndexedPropertyPath[],
) => {
  const actual = fieldValue(site, issue, clause.field, index);
  const wanted = clause.values;
  switch (clause.operator) {
    case 'is':
      return actual === null;
    case 'is not':
      return actual !== null;
    case '=':
      return actual !== null && sameText(clause.field, actual, wanted[0] ?? '');
    case '!=':
      return actual !== null && !sameText(clause.field, actual, wanted[0] ?? '');
    case 'in':
      return actual !== null && wanted.some((value) => sameText(clause.field, actual, value ?? ''));
    case 'not in':
      return (
        actual !== null && !wanted.some((value) => sameText(clause.field, actual, value ?? ''))
      );
    default: {
      // Dates and numbers as the index keeps them: ISO dates compare in calendar order as text.
      if (actual === null) return false;
      const other = wanted[0] ?? '';
      const order = actual < other ? -1 : actual > other ? 1 : 0;
      if (clause.operator === '<') return order < 0;
      if (clause.operator === '<=') return order <= 0;
      if (clause.operator === '>') return order > 0;
      return order >= 0;
    }
  }
};

/**
 * The issues of the site a query matches, in its order (by key when it names none). Throws
 * SiteError(400) for an unbounded query, a status that does not exist, or an unindexed property.
 */
export const runJql = (
  site: Site,
  jql: string,
  index: readonly IndexedPropertyPath[],
): SiteIssue[] => {
  const query = parseJql(jql);
  if (query.clauses.length === 0) {
    throw jqlError('Unbounded JQL queries are not allowed here. Please add a search restriction.');
  }
  const known = new Set(
    site.state.projects.flatMap((p) => p.workflow.statuses.map((s) => s.name.toLowerCase())),
  );
  for (const clause of query.clauses.filter((c) => c.field.toLowerCase() === 'status')) {
    const missing = clause.values.find(
      (value) => value !== null && !known.has(value.toLowerCase()),
    );
    if (missing !== undefined) {
      throw jqlError(`The value '${missing ?? ''}' does not exist for the field 'status'.`);
    }
  }

  const found = site.state.issues.filter((issue) =>
    query.clauses.every((clause) => matches(site, issue, clause, index)),
  );
  const order = query.orderBy ?? { field: 'key', isDescending: false };
  const sortKey = (issue: SiteIssue): number =>
    order.field === 'key'
      ? Number(issue.key.split('-')[1])
      : Date.parse(issue.created.replace(/(\d\d)(\d\d)$/, '$1:$2'));
  return found.sort((a, b) => (sortKey(a) - sortKey(b)) * (order.isDescending ? -1 : 1));
};
