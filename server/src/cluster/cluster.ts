/**
 * Everything one instance needs to work with the others over Redis, made in one place so
 * `accord.ts` installs it with a few lines when `ACCORD_REDIS_URL` is set: the bus, the
 * document relay extension, relays for the live hubs, the shared sign-in limits, the metrics
 * and the `/healthz` check.
 */
import type { Logger } from '../logger.js';
import type { LiveRelay } from '../live/hub.js';
import type { Registry } from '../metrics/registry.js';
import type { DocumentStore } from '../storage/types.js';
import { DocumentRelay, type DocumentRelayOptions } from './document-relay.js';
import { redisLiveRelay } from './live-relay.js';
import { ClusterMetrics } from './metrics.js';
import { RedisBus } from './redis-bus.js';
import { SharedSignInGuard } from './shared-sign-in-guard.js';
import { sharedLimit } from './shared-limit.js';
import type { LimitFactory } from '../limits/limit.js';
import type { FailureRate, SignInLimits } from '../identity/sign-in-guard.js';

export interface ClusterOptions {
  /** `redis://…` or `rediss://…`. */
  redisUrl: string;
  /** Before every channel and key; instances of one deployment share it. Default `accord:`. */
  prefix?: string | undefined;
  instanceId: string;
  documents: DocumentStore;
  logger: Logger;
  /** Where the cluster metrics are registered (absent: not counted). */
  registry?: Registry | undefined;
  /** Tuning and test hooks of the document relay. */
  relay?: Pick<DocumentRelayOptions, 'holdMs' | 'checkMs' | 'presence' | 'shouldPublish'>;
}

/** This instance's part of a cluster. */
export interface Cluster {
  readonly bus: RedisBus;
  /** The collab extension relaying documents and presence. */
  readonly documents: DocumentRelay;
  readonly metrics: ClusterMetrics | undefined;
  /** A relay for a live hub of `kind` (`comments`, `consensus`). */
  liveRelay(kind: string): LiveRelay;
  /** Rate limits counted in Redis for all instances (see shared-limit.ts). */
  limit: LimitFactory;
  /** Sign-in failure limits counted in Redis for all instances. */
  signInGuard(failures: FailureRate): SignInLimits;
  /** For `/healthz`: rejects when Redis cannot be reached. */
  ping(): Promise<void>;
  /** Closes the Redis connections; the relay extension stops with the collab server (onDestroy). */
  close(): Promise<void>;
}

/** Connects to Redis and builds the relays; rejects with a readable error when Redis is unreachable. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const logger = options.logger.child({ instance: options.instanceId });
  const bus = new RedisBus({
    url: options.redisUrl,
    logger,
    prefix: options.prefix,
    name: `accord-${options.instanceId}`,
  });
  await bus.connect();
  const metrics = options.registry ? new ClusterMetrics(options.registry) : undefined;
  const documents = new DocumentRelay({
    bus,
    documents: options.documents,
    instanceId: options.instanceId,
    logger,
    metrics,
    ...options.relay,
  });
  await documents.start();
  logger.info('working with other instances through Redis', { prefix: bus.prefix });
  return {
    bus,
    documents,
    metrics,
    liveRelay: (kind) => redisLiveRelay({ bus, instanceId: options.instanceId, kind, logger, metrics }),
    signInGuard: (failures) => new SharedSignInGuard({ bus, logger, failures }),
    limit: (name, rate) => sharedLimit(bus, logger, name, rate),
    ping: () => bus.ping(),
    close: () => bus.close(),
  };
}
