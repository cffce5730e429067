/**
 * The server-sent channels (comments, consensus) across instances: a {@link LiveRelay} over
 * Redis for one kind of hub. An event published on one instance goes to its own subscribers
 * directly (see DocumentHub.publish) and to the others on `live:<kind>:<documentId>`; each
 * instance ignores its own messages, so nobody gets an event twice.
 *
 * These channels carry notifications, and readers refetch on reconnect: a message Redis drops
 * is a late refresh, not lost data (the records are in the database).
 */
import type { Logger } from '../logger.js';
import type { LiveRelay } from '../live/hub.js';
import { decodeMessage, encodeMessage } from './message.js';
import type { ClusterMetrics } from './metrics.js';
import type { RedisBus } from './redis-bus.js';

export interface LiveRelayOptions {
  bus: RedisBus;
  instanceId: string;
  /** The hub's kind, part of the channel name: `comments`, `consensus`. */
  kind: string;
  logger: Logger;
  metrics?: ClusterMetrics | undefined;
}

/** A relay for one hub, over Redis pub/sub. */
export function redisLiveRelay(options: LiveRelayOptions): LiveRelay {
  const { bus, instanceId, kind, metrics } = options;
  const log = options.logger.child({ part: 'cluster', hub: kind });
  const channel = (documentId: string) => bus.channel(`live:${kind}:${documentId}`);
  return {
    send(documentId, event) {
      bus.publish(channel(documentId), encodeMessage({ from: instanceId, at: Date.now() }, encodeJson(event)));
      metrics?.sent('live');
    },
    listen(documentId, deliver) {
      let stopped = false;
      let unsubscribe: (() => Promise<void>) | undefined;
      const ready = bus
        .subscribe(channel(documentId), (message) => {
          const decoded = decodeMessage(message);
          if (!decoded || decoded.header.from === instanceId) return;
          metrics?.received('live', decoded.header.at);
          let event: unknown;
          try {
            event = JSON.parse(Buffer.from(decoded.body).toString('utf8'));
          } catch (error) {
            log.warn('dropped a live event from another instance that could not be read', { error });
            return;
          }
          deliver(event);
        })
        .then(
          (stop) => {
            unsubscribe = stop;
            if (stopped) void stop();
          },
          (error: unknown) => {
            log.error(
              "could not subscribe to a live channel; this instance's readers miss other instances' events until they reconnect",
              { documentId, error },
            );
          },
        );
      return {
        ready,
        stop: () => {
          stopped = true;
          void unsubscribe?.();
        },
      };
    },
  };
}

const encodeJson = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');
