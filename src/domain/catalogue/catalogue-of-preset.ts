import type { PresetId } from '../config/schema';
import { fieldServicePreset } from './field-service-preset';
import { itServiceDeskPreset } from './it-service-desk-preset';
import type { CatalogueEntry } from './types';

const catalogues: Record<PresetId, readonly CatalogueEntry[]> = {
  'field-service': fieldServicePreset,
  'it-service-desk': itServiceDeskPreset,
};

/**
 * The catalogue of statuses a configuration's preset brings; never empty.
 * @example catalogueOf({ preset: 'it-service-desk' })[0]?.name // 'Waiting for support'
 */
export const catalogueOf = (config: { preset: PresetId }): readonly CatalogueEntry[] =>
  catalogues[config.preset];
