import { type RequestKind, requestKindOf, requestKinds } from '../catalogue/request-kinds';
import type { StatusGuideConfig } from '../config/schema';
import { presetItemsByKind } from './checklist-presets';
import type { ChecklistItem } from './checklist-settings-schema';

/** A request type as the checklist looks it up: by id, then by name. */
export interface ChecklistRequestType {
  id: string;
  /** As JSM names it; null when Jira left it out, which matches no kind. */
  name: string | null;
}

/** What a checklist lookup reads of the configuration. */
export type ChecklistConfig = Pick<StatusGuideConfig, 'preset' | 'checklists' | 'rules'>;

/**
 * Where a request type's items come from: the admin's own list (`own`; an empty one turns the
 * checklist off), the preset's items for the kind its name says (`preset`), or nowhere (`none`).
 */
export type ChecklistSource =
  | { from: 'own'; items: ChecklistItem[] }
  | { from: 'preset'; kind: RequestKind; items: ChecklistItem[] }
  | { from: 'none'; items: [] };

/**
 * Where a request type's checklist comes from: the admin's list for its id always wins (even an
 * empty one); otherwise, on the field-service preset, the preset's items for the kind its name
 * speaks of (field maintenance also by the dispatch rule's listed ids); else none. The IT
 * service desk preset has no items of its own.
 * @example checklistSourceOf({ id: '31', name: 'Report a fault' }, defaultConfig).from // 'preset'
 */
export const checklistSourceOf = (
  requestType: ChecklistRequestType,
  config: ChecklistConfig,
): ChecklistSource => {
  const own = config.checklists.requestTypes[requestType.id];
  if (own !== undefined) return { from: 'own', items: own };
  if (config.preset !== 'field-service') return { from: 'none', items: [] };

  const kind = requestKindOf(requestType, config.rules.dispatched.requestTypeIds);
  if (kind === null) return { from: 'none', items: [] };
  return { from: 'preset', kind, items: presetItemsOf(kind) };
};

/**
 * The items of a request type's checklist, as checklistSourceOf finds them; [] when it has none
 * or the admin turned it off.
 * @example checklistItemsOf({ id: '31', name: 'Get IT help' }, defaultConfig) // []
 */
export const checklistItemsOf = (
  requestType: ChecklistRequestType,
  config: ChecklistConfig,
): ChecklistItem[] => checklistSourceOf(requestType, config).items;

/**
 * Every item some request type of the desk could have, whatever its id or name: the admin's
 * lists and, on the field-service preset, the preset's items of every kind, without repeating
 * an item. [] when no request type can have a checklist.
 */
export const possibleChecklistItems = (config: ChecklistConfig): ChecklistItem[] => {
  const own = Object.values(config.checklists.requestTypes).flat();
  if (config.preset !== 'field-service') return own;

  // Kinds share items (the registration), so repeats go before copying.
  const preset = new Set(requestKinds.flatMap((kind) => presetItemsByKind[kind]));
  return [...own, ...[...preset].map((item) => ({ ...item }))];
};

/** A fresh copy of the preset's items for a kind, so editing one never changes the preset. */
const presetItemsOf = (kind: RequestKind): ChecklistItem[] =>
  presetItemsByKind[kind].map((item) => ({ ...item }));
