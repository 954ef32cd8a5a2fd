import { type JourneyKind, journeyKindOf } from '../domain/catalogue/likely-paths';
import type { StatusGuideConfig } from '../domain/config/schema';
import type { CustomerRequest } from '../jira/customer-requests';

/**
 * The kind of a request under its project's configuration, from its request type; a request
 * with none (an issue JSM does not know as a request) is a general one, or the IT desk's kind
 * under the IT preset.
 */
export const requestKindFor = (
  request: Pick<CustomerRequest, 'requestTypeId' | 'requestTypeName'> | null,
  config: Pick<StatusGuideConfig, 'preset' | 'rules'>,
): JourneyKind =>
  journeyKindOf(
    { id: request?.requestTypeId ?? '', name: request?.requestTypeName ?? null },
    request === null ? [] : config.rules.dispatched.requestTypeIds,
    config.preset,
  );
