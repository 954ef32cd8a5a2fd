import { lazy } from 'react';

// Both carry Atlaskit's section message, which brings its button, tooltip and feature-flag
// client: most statuses paint without them. They start loading as soon as the panel's script
// runs, beside the resolver call, so a request that waits on the customer (or a failure) shows
// no later than it would from one bundle.
const waitingMessageModule = import('./waiting-on-you-message');
const errorMessageModule = import('../../shared/resolver-error-message');

/** The warning that leads the guide when the request waits on the customer. */
export const DeferredWaitingOnYouMessage = lazy(async () => ({
  default: (await waitingMessageModule).WaitingOnYouMessage,
}));

/** The message shown when the guide cannot be loaded. */
export const DeferredErrorMessage = lazy(async () => ({
  default: (await errorMessageModule).ResolverErrorMessage,
}));
