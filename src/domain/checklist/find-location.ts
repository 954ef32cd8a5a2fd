const streetTypes =
  'Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Place|Pl|Crescent|Cres|Terrace|Tce|Highway|Hwy|Way|Parade|Pde|Quay|Boulevard|Blvd|Court|Ct|Close';

const addressExpression = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?(?:/\\d{1,5})?\\s+(?:[A-Z][\\p{L}'-]+\\s+){1,3}(?:${streetTypes})\\b\\.?(?:,\\s*[A-Z][\\p{L} -]{1,40})?`,
  'u',
);

const phraseExpression =
  /\b(?:parked at|located at|location is|location:|address is|address:|the vehicle is at|it is at|it's at)\s*([^.\n]{4,120})/i;

/**
 * The first place a vehicle is at in a text: a street address ("12 Quay Street, Auckland") or
 * what follows "parked at" or "location:"; null when there is none.
 * @example findLocation('It is parked at the Wiri depot.') // 'the Wiri depot'
 */
export const findLocation = (text: string): string | null => {
  const address = addressExpression.exec(text)?.[0];
  if (address !== undefined) return address.trim();
  return phraseExpression.exec(text)?.[1]?.trim() ?? null;
};
