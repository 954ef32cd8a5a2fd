/** How people introduce the number: "PO", "P.O.", "PO#", "PO no.", "purchase order number:". */
const introduction = String.raw`(?:purchase\s+order|P\.?O\.?)(?:\s*(?:number|no\.?|#))?`;

const purchaseOrderExpression = new RegExp(
  String.raw`\b${introduction}(?:\s+is)?\s*[:#-]?\s*([A-Z0-9][A-Z0-9/-]{1,23})(?![A-Za-z0-9])`,
  'gi',
);

const valueExpression = new RegExp(
  String.raw`^(?:${introduction}\s*[:#-]?\s*)?[A-Z0-9][A-Z0-9/-]{2,24}$`,
  'i',
);

/**
 * The first purchase order number in a text, as "PO" or "purchase order" introduces it (the
 * number must hold a digit); null when there is none.
 * @example findPurchaseOrder('Our PO number is 4512-A') // '4512-A'
 */
export const findPurchaseOrder = (text: string): string | null => {
  for (const match of text.matchAll(purchaseOrderExpression)) {
    const number = match[1] ?? '';
    if (/\d/.test(number)) return number;
  }
  return null;
};

/**
 * True when the value reads as a purchase order number: letters, digits, / or -, with a digit,
 * introduced or not the ways a comment may introduce one.
 * @example isPurchaseOrder('PO-4512') // true
 * @example isPurchaseOrder('P.O. 4512') // true
 */
export const isPurchaseOrder = (value: string): boolean =>
  valueExpression.test(value.trim()) && /\d/.test(value);
