import type { PresetId } from '../config/schema';
import { isFieldMaintenanceType, requestKindOf } from './request-kinds';

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

/** Kept here too, where the field-maintenance rules have always found it. */
export { isFieldMaintenanceType };

/** What a request is, as far as its likely path and the facts agents record on it go. */
export type JourneyKind = 'field-maintenance' | 'hardware-order' | 'general' | 'it-service-desk';

/**
 * The journey of a request of this type: on the field-service preset, field maintenance, a
 * hardware order, or a general request (a fault report or a type whose name says nothing); on
 * the IT preset, always the IT desk's journey. Built on the kinds the request type's name gives.
 * @example journeyKindOf({ id: '11', name: 'Order hardware' }, []) // 'hardware-order'
 */
export const journeyKindOf = (
  requestType: { id: string; name: string | null },
  fieldMaintenanceIds: readonly string[],
  preset: PresetId = 'field-service',
): JourneyKind => {
  if (preset === 'it-service-desk') return 'it-service-desk';
  const kind = requestKindOf(requestType, fieldMaintenanceIds);
  return kind === 'field-maintenance' || kind === 'hardware-order' ? kind : 'general';
};

const pathOfKind: Readonly<Record<JourneyKind, readonly string[]>> = {
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
): readonly string[] => pathOfKind[journeyKindOf(requestType, fieldMaintenanceIds, preset)];
