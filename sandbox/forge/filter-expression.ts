import jsep from 'jsep';

/** A filter expression Forge could not evaluate; the trigger's onError decides what follows. */
export class FilterExpressionError extends Error {
  override readonly name = 'FilterExpressionError';
}

/**
 * Evaluates a trigger's filter expression against an event, as Forge does before invoking the
 * function: property access (with `?.`), comparisons, `&&`, `||`, `!`, literals, arrays and the
 * `includes` method. Returns whether the event passes. Throws FilterExpressionError on anything else.
 */
export const passesFilter = (expression: string, event: unknown): boolean => {
  let tree: jsep.Expression;
  try {
    tree = jsep(expression);
  } catch (error) {
    throw new FilterExpressionError(`cannot parse: ${(error as Error).message}`);
  }
  return evaluate(tree, { event }) === true;
};

const evaluate = (node: jsep.Expression, scope: Record<string, unknown>): unknown => {
  switch (node.type) {
    case 'Literal':
      return (node as jsep.Literal).value;
    case 'Identifier': {
      const name = (node as jsep.Identifier).name;
      if (name === 'null') return null;
      if (!(name in scope)) throw new FilterExpressionError(`unknown name ${name}`);
      return scope[name];
    }
    case 'MemberExpression':
      return member(node as jsep.MemberExpression, scope);
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      if (unary.operator !== '!')
        throw new FilterExpressionError(`unsupported operator ${unary.operator}`);
      return !evaluate(unary.argument, scope);
    }
    case 'BinaryExpression':
      return binary(node as jsep.BinaryExpression, scope);
    case 'ArrayExpression':
      return (node as jsep.ArrayExpression).elements.map((element) =>
        element ? evaluate(element, scope) : null,
      );
    case 'CallExpression':
      return call(node as jsep.CallExpression, scope);
    default:
      throw new FilterExpressionError(`unsupported syntax ${node.type}`);
  }
};

const member = (node: jsep.MemberExpression, scope: Record<string, unknown>): unknown => {
  const target = evaluate(node.object, scope);
  if (target === null || target === undefined) {
    if ((node as { optional?: boolean }).optional === true) return undefined;
    throw new FilterExpressionError('property of an absent value');
  }
  const key = node.computed
    ? evaluate(node.property, scope)
    : (node.property as jsep.Identifier).name;
  return (target as Record<string, unknown>)[String(key)];
};

const binary = (node: jsep.BinaryExpression, scope: Record<string, unknown>): unknown => {
  const left = evaluate(node.left, scope);
  if (node.operator === '&&') return Boolean(left) && Boolean(evaluate(node.right, scope));
  if (node.operator === '||') return Boolean(left) || Boolean(evaluate(node.right, scope));
  const right = evaluate(node.right, scope);

  switch (node.operator) {
    case '==':
    case '===':
      return left === right;
    case '!=':
    case '!==':
      return left !== right;
    case '<':
      return (left as number) < (right as number);
    case '>':
      return (left as number) > (right as number);
    case '<=':
      return (left as number) <= (right as number);
    case '>=':
      return (left as number) >= (right as number);
    default:
      throw new FilterExpressionError(`unsupported operator ${node.operator}`);
  }
};

const call = (node: jsep.CallExpression, scope: Record<string, unknown>): unknown => {
  const callee = node.callee;
  if (
    callee.type !== 'MemberExpression' ||
    (callee as jsep.MemberExpression).property.name !== 'includes'
  ) {
    throw new FilterExpressionError('only the includes method can be called');
  }
  const target = evaluate((callee as jsep.MemberExpression).object, scope);
  const argument = node.arguments[0] ? evaluate(node.arguments[0], scope) : undefined;
  if (Array.isArray(target)) return target.includes(argument);
  if (typeof target === 'string') return target.includes(String(argument));
  return false;
};
