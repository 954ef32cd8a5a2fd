import { formatCivilDate } from '../../../shared/format-civil-date';
import type { ViewerClock } from '../format-instant';
import type { FactDefinition, FactValues } from './fact-definitions';

/**
 * A recorded fact on one line: its values in the order of its fields, dates in the viewer's
 * locale, empty values left out.
 *
 * @example summariseFact(dispatch, { 'value.dispatchedOn': '2026-12-03', … }, { locale: 'en-GB' })
 * // 'Thu, 3 Dec 2026 · carrier reference NZP-4471'
 */
export const summariseFact = (
  definition: FactDefinition,
  values: FactValues,
  viewer: ViewerClock,
): string =>
  definition.fields
    .flatMap((field) => {
      const value = values[field.path]?.trim() ?? '';
      if (value === '') {
        return [];
      }
      const shown = field.kind === 'date' ? formatCivilDate(value, viewer.locale) : value;
      return [field.summaryLabel === undefined ? shown : `${field.summaryLabel} ${shown}`];
    })
    .join(' · ');
