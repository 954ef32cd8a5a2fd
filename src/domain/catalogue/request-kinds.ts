/** The kinds of request the field-service preset knows apart by the request type's name. */
export const requestKinds = ['field-maintenance', 'hardware-order', 'fault-report'] as const;

/** One kind of request. */
export type RequestKind = (typeof requestKinds)[number];

// Request types a desk names for work an installer does on the vehicle, for orders, and for
// something that stopped working. Field maintenance is read first: "Install an ordered unit" is
// field maintenance. Whole words only ("benefit" is no fitting, "recorder" no order), in English and French. A fault
// is read before an order: asking someone who reports a fault for a purchase order number is the
// worse mistake.
const fieldMaintenanceName =
  /(?<![\p{L}\p{N}])(?:maintenance|install\p{L}*|fit(?:ting|ment|ted)?|entretien)(?![\p{L}\p{N}])/iu;
const namedKinds: readonly (readonly [RequestKind, RegExp])[] = [
  [
    'fault-report',
    /(?<![\p{L}\p{N}])(?:faults?|faulty|broken|not working|repairs?|problems?|issues?|panne|défaut|défectueux|problèmes?|réparation|cassé|ne fonctionne pas)(?![\p{L}\p{N}])/iu,
  ],
  [
    'hardware-order',
    /(?<![\p{L}\p{N}])(?:orders?|ordering|purchases?|purchasing|buy(?:ing)?|quotes?|commander|commandes?|achats?|acheter|devis)(?![\p{L}\p{N}])/iu,
  ],
];

/**
 * True when a request type is field maintenance: the admin listed it so for the dispatch rule, or,
 * while that list is empty, its name says so ("Field maintenance", "Install a tracker").
 * @example isFieldMaintenanceType({ id: '12', name: 'Field maintenance' }, []) // true
 */
export const isFieldMaintenanceType = (
  requestType: { id: string; name: string | null },
  listedIds: readonly string[],
): boolean =>
  listedIds.length > 0
    ? listedIds.includes(requestType.id)
    : fieldMaintenanceName.test(requestType.name ?? '');

/**
 * The kind of a request type: field maintenance as isFieldMaintenanceType decides, else the
 * first kind its name speaks of; null when it speaks of none (or has no name).
 * @example requestKindOf({ id: '31', name: 'Report a fault' }, []) // 'fault-report'
 */
export const requestKindOf = (
  requestType: { id: string; name: string | null },
  fieldMaintenanceIds: readonly string[],
): RequestKind | null => {
  if (isFieldMaintenanceType(requestType, fieldMaintenanceIds)) return 'field-maintenance';

  const name = requestType.name ?? '';
  return namedKinds.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
};
