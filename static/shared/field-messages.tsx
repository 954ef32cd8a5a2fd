import { Text } from '@atlaskit/primitives/compiled';

/** Props of {@link FieldMessages}. */
export interface FieldMessagesProps {
  /** The id of the field; the messages take `${id}-error` and `${id}-helper`. */
  id: string;
  /** What is wrong with the value; nothing shows when undefined. */
  error: string | undefined;
  /** A short hint; nothing shows when empty or omitted. */
  helperText?: string | undefined;
}

/**
 * The ids of the messages {@link FieldMessages} shows for a field, for its `aria-describedby`;
 * empty when it shows none.
 * @example describedByOf('f', 'Too long.', 'A hint') // 'f-error f-helper'
 */
export const describedByOf = (id: string, error: string | undefined, helperText?: string): string =>
  [error === undefined ? null : `${id}-error`, helperText ? `${id}-helper` : null]
    .filter((part) => part !== null)
    .join(' ');

/** Under a field: the message of what is wrong, when there is one, then its hint. */
export const FieldMessages = ({ id, error, helperText }: FieldMessagesProps) => (
  <>
    {error === undefined ? null : (
      <Text id={`${id}-error`} size="small" color="color.text.danger">
        {error}
      </Text>
    )}
    {helperText ? (
      <Text id={`${id}-helper`} size="small" color="color.text.subtlest">
        {helperText}
      </Text>
    ) : null}
  </>
);
