import Holidays from 'date-holidays';

/** The public holidays a calendar observes: a country and, optionally, one of its regions. */
export interface HolidayRegion {
  /** ISO 3166-1 alpha-2 country code ("NZ"). */
  country: string;
  /** The subdivision code date-holidays uses for the country's states or provinces ("AUK"). */
  region?: string | undefined;
}

/**
 * Creates a date-holidays source of public holidays (not bank holidays or observances) for a
 * region, with English names where the data has them.
 * @example createHolidaySource({ country: 'NZ' }).getHolidays(2026).length // 13
 */
export const createHolidaySource = ({ country, region }: HolidayRegion): Holidays => {
  const options = { types: ['public' as const], languages: ['en'] };

  return region === undefined
    ? new Holidays(country, options)
    : new Holidays(country, region, options);
};

/** Why date-holidays cannot serve a region: the field at fault and a sentence naming it. */
export interface HolidayRegionProblem {
  field: 'country' | 'region';
  message: string;
}

/**
 * Says why date-holidays cannot serve a region; null when it can.
 * @example findHolidayRegionProblem({ country: 'ZZ' })
 *   // { field: 'country', message: 'Public holidays: there is no holiday data for ... "ZZ".' }
 */
export const findHolidayRegionProblem = ({
  country,
  region,
}: HolidayRegion): HolidayRegionProblem | null => {
  const catalogue = new Holidays();

  if (!Object.hasOwn(catalogue.getCountries('en'), country)) {
    const message = `Public holidays: there is no holiday data for the country "${country}".`;
    return { field: 'country', message };
  }

  if (region === undefined) return null;

  // date-holidays returns undefined, not {}, for a country without subdivisions.
  const regions = (catalogue.getStates(country, 'en') as Record<string, string> | undefined) ?? {};
  if (Object.hasOwn(regions, region)) return null;

  const known = Object.keys(regions);
  const hint = known.length > 0 ? ` Known regions: ${known.join(', ')}.` : '';

  return {
    field: 'region',
    message: `Public holidays: "${region}" is not a region of ${country}.${hint}`,
  };
};
