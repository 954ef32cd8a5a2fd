import type { FactChangeInput, RequestFactsView } from '../../../../src/contracts/agent';

/** The facts agents record on a request. */
export type FactName = FactChangeInput['fact'];

/** Field values of a fact's form, keyed by the path the resolver names the field by. */
export type FactValues = Partial<Record<string, string>>;

/** One input of a fact's form. */
export interface FactField {
  /** The field's path in the change, as the resolver names it in its messages ('value.name'). */
  path: string;
  label: string;
  kind: 'date' | 'text' | 'phone';
  isRequired: boolean;
  /** A hint under the field; date fields get one of their own. */
  helperText?: string;
  /** Words before the value in the fact's one-line summary ('carrier reference'). */
  summaryLabel?: string;
}

/** What the agent panel knows about one fact: how it reads, its form and its change. */
export interface FactDefinition {
  fact: FactName;
  /** The fact's name in the list ('Dispatch'). */
  title: string;
  /** The fact as the object of a verb, for button names ('dispatch' in 'Record dispatch'). */
  noun: string;
  fields: readonly FactField[];
  /** The recorded values by field path; null when the fact is not recorded. */
  read: (facts: RequestFactsView) => FactValues | null;
  /** The change that records the values the agent entered. */
  toChange: (values: FactValues) => FactChangeInput;
}

const valueOf = (values: FactValues, path: string): string => values[path] ?? '';

const single = (
  fact: Exclude<FactName, 'dispatch' | 'installer'>,
  title: string,
  noun: string,
  field: Omit<FactField, 'path' | 'isRequired'>,
): FactDefinition => ({
  fact,
  title,
  noun,
  fields: [{ ...field, path: 'value', isRequired: true }],
  read: (facts) => {
    const value = facts[fact];
    return value === undefined ? null : { value };
  },
  toChange: (values) => ({ fact, value: valueOf(values, 'value') }),
});

/** Every fact agents record, in the order of a request's journey. */
export const factDefinitions: readonly FactDefinition[] = [
  {
    fact: 'dispatch',
    title: 'Dispatch',
    noun: 'dispatch',
    fields: [
      { path: 'value.dispatchedOn', label: 'Dispatch date', kind: 'date', isRequired: true },
      {
        path: 'value.carrierReference',
        label: 'Carrier reference',
        kind: 'text',
        isRequired: false,
        helperText: "The courier's tracking number, if there is one.",
        summaryLabel: 'carrier reference',
      },
    ],
    read: ({ dispatch }) =>
      dispatch === undefined
        ? null
        : {
            'value.dispatchedOn': dispatch.dispatchedOn,
            'value.carrierReference': dispatch.carrierReference,
          },
    toChange: (values) => ({
      fact: 'dispatch',
      value: {
        dispatchedOn: valueOf(values, 'value.dispatchedOn'),
        carrierReference: valueOf(values, 'value.carrierReference'),
      },
    }),
  },
  single('hardwareReceivedOn', 'Hardware received', 'hardware receipt', {
    label: 'Date the installer received the hardware',
    kind: 'date',
  }),
  {
    fact: 'installer',
    title: 'Installer',
    noun: 'installer',
    fields: [
      { path: 'value.name', label: "Installer's name", kind: 'text', isRequired: true },
      { path: 'value.phone', label: "Installer's phone", kind: 'phone', isRequired: true },
    ],
    read: ({ installer }) =>
      installer === undefined
        ? null
        : { 'value.name': installer.name, 'value.phone': installer.phone },
    toChange: (values) => ({
      fact: 'installer',
      value: { name: valueOf(values, 'value.name'), phone: valueOf(values, 'value.phone') },
    }),
  },
  single('installerContactOn', 'Installer contact made', 'installer contact', {
    label: 'Date the installer first contacted the customer',
    kind: 'date',
  }),
  single('stockEta', 'Stock ETA', 'stock ETA', {
    label: 'Date the stock is expected',
    kind: 'date',
  }),
  single('holdReason', 'Hold reason', 'hold reason', {
    label: 'Why the request is on hold',
    kind: 'text',
    helperText: 'Plain words the customer can read. Up to 300 characters.',
  }),
];
