import type { PresetId } from '../config/schema';

/**
 * The usual way of a field-maintenance request (hardware sent, then fitted by an installer) through
 * the preset's entries, by entry id, from lodging to resolution.
 */
export const fieldMaintenancePath: readonly string[] = [
  'in-review',
  'in-progress',
  'awaiting-dispatch',
  'assigned-to-installer',
  'installer-booked',
  'resolved',
];

/** The usual way of a hardware order: processed, sent out by logistics, resolved on delivery. */
export const hardwareOrderPath: readonly string[] = [
  'in-review',
  'in-progress',
  'awaiting-dispatch',
  'resolved',
];

/** The usual way of every other request: picked up, worked on, resolved. */
export const generalPath: readonly string[] = ['in-review', 'in-progress', 'resolved'];

/** The usual way of a request on an IT service desk: waiting for support, in progress, resolved. */
export const itServiceDeskPath: readonly string[] = [
  'waiting-for-support',
  'it-in-progress',
  'it-resolved',
];

// Request types a desk names for work an installer does on the vehicle, and for orders.
const fieldMaintenanceName = /maintenance|install|fit(?:ting|ment)?\b/i;
const hardwareOrderName = /order|purchase|buy|quote/i;

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

/** What a request is, as far as its likely path and the facts agents record on it go. */
export type RequestKind = 'field-maintenance' | 'hardware-order' | 'general' | 'it-service-desk';

/**
 * The kind of a request of this type: on the field-service preset, field maintenance, a hardware
 * order (named so), or a general request; on the IT preset, always the IT desk's kind.
 * @example requestKindOf({ id: '11', name: 'Order hardware' }, []) // 'hardware-order'
 */
export const requestKindOf = (
  requestType: { id: string; name: string | null },
  fieldMaintenanceIds: readonly string[],
  preset: PresetId = 'field-service',
): RequestKind => {
  if (preset === 'it-service-desk') return 'it-service-desk';
  if (isFieldMaintenanceType(requestType, fieldMaintenanceIds)) return 'field-maintenance';
  return hardwareOrderName.test(requestType.name ?? '') ? 'hardware-order' : 'general';
};

const pathOfKind: Readonly<Record<RequestKind, readonly string[]>> = {
  'field-maintenance': fieldMaintenancePath,
  'hardware-order': hardwareOrderPath,
  general: generalPath,
  'it-service-desk': itServiceDeskPath,
};

/**
 * The likely path of a request of this type: on the field-service preset, field maintenance, a
 * hardware order (named so), or the general path; on the IT preset, the IT desk's one path.
 * @example likelyPathOf({ id: '11', name: 'Order hardware' }, []) // hardwareOrderPath
 */
export const likelyPathOf = (
  requestType: { id: string; name: string | null },
  fieldMaintenanceIds: readonly string[],
  preset: PresetId = 'field-service',
): readonly string[] => pathOfKind[requestKindOf(requestType, fieldMaintenanceIds, preset)];
