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

/**
 * The likely path of a request of this type: on the field-service preset, field maintenance, a
 * hardware order (named so), or the general path; on the IT preset, the IT desk's one path.
 * @example likelyPathOf({ id: '11', name: 'Order hardware' }, []) // hardwareOrderPath
 */
export const likelyPathOf = (
  requestType: { id: string; name: string | null },
  fieldMaintenanceIds: readonly string[],
  preset: PresetId = 'field-service',
): readonly string[] => {
  if (preset === 'it-service-desk') return itServiceDeskPath;

  const kind = requestKindOf(requestType, fieldMaintenanceIds);
  if (kind === 'field-maintenance') return fieldMaintenancePath;
  return kind === 'hardware-order' ? hardwareOrderPath : generalPath;
};
