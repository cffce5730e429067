/**
 * The origin of updates applied because another instance stored them (`Room.applyRemoteUpdate`),
 * so extensions that react to changes can tell those from this instance's own: e.g. a
 * notification is sent by the instance that stored the change, not again by every instance.
 */
export const CLUSTER_ORIGIN = Symbol('accord-other-instance');

/** Whether an update's origin is another instance (see {@link CLUSTER_ORIGIN}). */
export const fromOtherInstance = (origin: unknown): boolean => origin === CLUSTER_ORIGIN;
