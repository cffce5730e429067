/**
 * Wires one Accord process together: storage, the collaboration core with its extensions,
 * the HTTP app and the WebSocket endpoint. `main.ts` calls this with the configuration
 * from the environment; tests call it with their own.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { CollabServer } from './collab/index.js';
import { isLoopback, type Config } from './config.js';
import { Authorization } from './extensions/authorization.js';
import { Authenticator } from './identity/authenticator.js';
import { sqlIdentity, type Identity } from './identity/identity.js';
import { SqlInvitationStore } from './identity/invitations.js';
import { KeyedLimiter } from './limits/keyed-limiter.js';
import { Metrics } from './extensions/metrics.js';
import { Persistence } from './extensions/persistence.js';
import { DocumentSchema } from './extensions/document-schema.js';
import { liveState } from './content/live-state.js';
import { CommentHub } from './comments/live.js';
import { LiveAccess } from './live/access.js';
import { CommentService } from './comments/service.js';
import { SqlCommentStore } from './comments/store.js';
import { ConsensusHub, ContentChangeNotifier } from './consensus/live.js';
import { ConsensusService } from './consensus/service.js';
import { SqlConsensusStore } from './consensus/store.js';
import { liveEdit } from './content/live-edit.js';
import { liveReset } from './content/live-reset.js';
import { VersionService } from './versions/service.js';
import { SuggestionsExtension } from './suggestions/extension.js';
import { CompilationExtension } from './compilation/extension.js';
import { CompilationService } from './compilation/service.js';
import { SqlCompilationStore } from './compilation/store.js';
import { SqlContributionReads } from './compilation/contributions.js';
import { SuggestionService } from './suggestions/service.js';
import { SuggestionRules } from './suggestions/rules.js';
import { SqlSuggestionStore } from './suggestions/store.js';
import { Attribution } from './history/attribution.js';
import { HistoryService } from './history/service.js';
import { SqlHistoryStore } from './history/store.js';
import { SqlVersionStore } from './versions/store.js';
import { NumberingService } from './numbering/service.js';
import { SqlNumberingStore } from './numbering/store.js';
import { RoundService, type RoundLimits } from './rounds/service.js';
import { RoundProcessing } from './rounds/processing.js';
import { SqlProcessingStore } from './rounds/processing-store.js';
import { SqlRoundStore } from './rounds/store.js';
import { CallService } from './calls/service.js';
import { SqlCallStore } from './calls/store.js';
import { Citations } from './endorsement/citations.js';
import { EndorsementService } from './endorsement/service.js';
import { SqlEndorsementStore } from './endorsement/store.js';
import { CompilationViews } from './endorsement/views.js';
import { createApp } from './http/app.js';
import { RoundLanguages } from './languages/rounds.js';
import { LanguageService } from './languages/service.js';
import { SqlLanguageStore } from './languages/store.js';
import { TranslationTracking } from './languages/tracking.js';
import { attachWebSocket } from './http/websocket.js';
import type { Logger } from './logger.js';
import { createMailer, type Mailer } from './mail/index.js';
import { Registry } from './metrics/registry.js';
import { startCluster, type Cluster, type ClusterOptions } from './cluster/cluster.js';
import { seedDemo } from './seed/seed-demo.js';
import { seedDemoRound } from './seed/seed-round.js';
import { demoPassword, demoPeople } from './seed/demo-people.js';
import { openStorage } from './storage/open.js';
import type { SqlDatabase } from './storage/sql/types.js';
import type { DocumentStore } from './storage/types.js';

/** A running Accord. */
export interface Accord {
  /** Base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  readonly port: number;
  readonly collab: CollabServer;
  /** This instance's part of a cluster, when `ACCORD_REDIS_URL` is set. */
  readonly cluster: Cluster | undefined;
  /** The database (SQLite or PostgreSQL), for tests that read tables. */
  readonly sql: SqlDatabase;
  /** The document update log, for tests that store or read a document's content directly. */
  readonly documents: DocumentStore;
  /** This process among several instances (`ACCORD_INSTANCE_ID`). */
  readonly instanceId: string;
  /** Outgoing mail: SMTP, or the outbox when `ACCORD_SMTP_URL` is unset. */
  readonly mailer: Mailer;
  /** Every HTTP route as `METHOD path`, for the test that checks each one is authorized. */
  readonly routes: readonly string[];
  /** Open live comment streams, of one document or all. */
  commentSubscribers(documentId?: string): number;
  /** Open live consensus streams, of one document or all. */
  consensusSubscribers(documentId?: string): number;
  /** Re-checks open connections against access changes now instead of at the next poll. */
  pollAccess(): Promise<void>;
  /** Stops accepting, closes every connection after pending writes, unloads documents, closes the database. */
  close(): Promise<void>;
}

/** Accord's version, from the workspace manifest. */
export const version: string =
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ??
  '0.0.0';

/** What tests may replace when starting Accord in process. */
export interface StartOptions {
  /** The server clock consultation rounds open and close by; tests move it. */
  now?: () => Date;
  /** Rate limits of the public consultation endpoints (registrations per address…); tests that register many people raise them. */
  roundLimits?: RoundLimits;
  /** With Redis: a channel prefix of its own (tests running at once) and the relay's timings and test hooks. */
  cluster?: { prefix?: string; relay?: ClusterOptions['relay'] };
}

export async function startAccord(config: Config, logger: Logger, options: StartOptions = {}): Promise<Accord> {
  const storage = await openStorage(config, logger);
  const { sql, documents, records } = storage;
  const identity = sqlIdentity(sql);
  const invitations = new SqlInvitationStore(sql, identity.people);
  // Open sockets and live streams watch the audit log for access changes, even ones made by the CLI.
  const auditFeed = {
    lastSeq: () => identity.audit.lastSeq(),
    readAfter: (seq: number, limit: number) => identity.audit.list({ afterSeq: seq, limit }),
  };
  const authenticator = new Authenticator(identity);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, sql, logger });
  // Links in mails need the address people reach us at; the port is known only once listening.
  let listeningUrl = '';
  const publicUrl = (): string => config.publicUrl ?? listeningUrl;
  // Under a database-wide lock: instances starting together seed once (the others then find
  // everything there; the seed resumes what a crashed start left half done).
  if (config.seedDemo) await sql.withLock('seed', () => seedDemo({ records, documents, identity, logger }));
  const loopback = isLoopback(config.host);
  if (!loopback && !config.metricsToken) {
    logger.warn(
      'serving a non-loopback address with /metrics open to anyone who can reach it; set ACCORD_METRICS_TOKEN to require a bearer token',
      { host: config.host },
    );
  }

  const registry = new Registry();
  const metrics = new Metrics(registry);
  // Several instances (issue 16): documents, presence and live channels cross through Redis.
  const cluster = config.redisUrl
    ? await startCluster({
        redisUrl: config.redisUrl,
        prefix: options.cluster?.prefix ?? config.redisPrefix,
        instanceId: config.instanceId,
        documents,
        logger,
        registry,
        ...(options.cluster?.relay ? { relay: options.cluster.relay } : {}),
      })
    : undefined;
  const { limits } = config;
  let authorization: Authorization;
  const consensusHub = new ConsensusHub();
  const { guards } = config;
  const guardsOff = Object.entries(guards).flatMap(([guard, on]) => (on ? [] : [guard]));
  if (guardsOff.length) {
    logger.warn(
      `hot-path guards OFF (${guardsOff.join(', ')}): ACCORD_BENCH_UNGUARDED and ACCORD_CHECK_UPDATES=false exist only to measure what the guards cost (pnpm bench); what they stop (updates that break a document, revoked access, floods) is not stopped — unset them before anyone else uses this server`,
      { guardsOff },
    );
  }
  const historyStore = new SqlHistoryStore(sql);
  // Runs a stopped process left open are closed as last written; those other live instances may still be writing are left alone.
  await historyStore.closeLeftOpen();
  // Attribution rides on the update check (the replica): off only when checks are (a benchmark).
  const attribution = guards.checkUpdates ? new Attribution({ store: historyStore, logger }) : undefined;
  const suggestionStore = new SqlSuggestionStore(sql);
  // The update check's rules per open document, kept current by the consensus hub (every instance's, with Redis).
  const suggestionRules = new SuggestionRules({ store: suggestionStore, events: consensusHub, logger });
  /** Open pages of a document refetch what shows suggestions (register, dashboard, margin cards' authors). */
  const suggestionsChanged = (documentId: string): void =>
    consensusHub.publish(documentId, { type: 'content', at: new Date().toISOString() });
  // Suggestions: made only in the sender's name, the only change of a suggesting connection, recorded once stored.
  const suggestionsExtension = guards.checkUpdates
    ? new SuggestionsExtension({
        store: suggestionStore,
        rules: suggestionRules,
        logger,
        onRecorded: suggestionsChanged,
      })
    : undefined;
  // The compilation's sources follow their blocks through merges and deletions (issue 14).
  const compilationStore = new SqlCompilationStore(sql, options.now ? { now: options.now } : {});
  const compilationExtension = guards.checkUpdates
    ? new CompilationExtension({ store: compilationStore, logger, onChanged: suggestionsChanged })
    : undefined;
  // Language versions (issue 15): a person's change of a version's paragraph records it as translated.
  const languageStore = new SqlLanguageStore(sql, { now: options.now });
  const translationTracking = guards.checkUpdates
    ? new TranslationTracking({
        records,
        store: languageStore,
        // Declared below (it needs the collaboration server); called only once updates are stored.
        liveState: (documentId) => live(documentId),
        logger,
      })
    : undefined;
  const collab = new CollabServer({
    logger,
    unloadGraceMs: config.unloadGraceMs,
    keepAliveMs: config.keepAliveMs,
    maxQueuedBytes: config.maxMessageBytes * 2,
    maxPreAuthBytes: limits.preAuthBytes,
    ...(guards.rateLimits ? { messageRate: limits.messages, byteRate: limits.bytes } : {}),
    maxDocumentBytes: limits.documentBytes,
    extensions: [
      ...(guards.metrics ? [metrics] : []),
      ...(cluster ? [cluster.documents] : []),
      (authorization = new Authorization({
        authenticator,
        records,
        identity,
        logger,
        secureCookies: config.secureCookies,
        allowedOrigins: config.allowedOrigins,
        audit: auditFeed,
        recheckAccess: guards.accessRechecks,
      })),
      new Persistence({
        store: documents,
        logger,
        compactEvery: config.compactEvery,
        onCompacted: (seconds) => metrics.compactionSeconds.observe(seconds),
      }),
      new ContentChangeNotifier(consensusHub),
      // Every update is checked against Accord's schema before it is stored (F2 of issue 12).
      ...(guards.checkUpdates ? [new DocumentSchema()] : []),
      ...(suggestionsExtension ? [suggestionsExtension] : []),
      ...(compilationExtension ? [compilationExtension] : []),
      // Who changed which paragraph: after the schema check, so refused updates are never recorded.
      ...(attribution ? [attribution] : []),
      ...(translationTracking ? [translationTracking] : []),
    ],
  });
  registry.gauge('accord_documents_open', 'Documents loaded in memory.', () => collab.roomCount);
  registry.gauge('accord_connections_open', 'Open WebSocket connections.', () => collab.connectionCount);
  registry.gauge('accord_process_resident_memory_bytes', 'Resident set size of the process.', () =>
    process.memoryUsage.rss(),
  );
  registry.gauge('accord_process_heap_used_bytes', 'V8 heap in use.', () => process.memoryUsage().heapUsed);

  const live = liveState(collab, documents);
  const commentHub = new CommentHub();
  if (cluster) {
    commentHub.useRelay(cluster.liveRelay('comments'));
    consensusHub.useRelay(cluster.liveRelay('consensus'));
  }
  // Live streams (SSE) watch the same audit feed as the WebSocket authorization, to end within a poll of an access change.
  const liveAccess = new LiveAccess({
    audit: auditFeed,
    onError: (error) =>
      logger.error('could not re-check open live streams after an access change; will retry', { error }),
  });
  const comments = new CommentService({
    store: new SqlCommentStore(sql, { people: identity.people }),
    identity,
    liveState: live,
    hub: commentHub,
    logger,
    // Declared below (it needs the versions); called only once requests come in.
    baseline: (documentId) => numbering.baseline(documentId),
  });
  const consensusStore = new SqlConsensusStore(sql, { people: identity.people });
  const consensus = new ConsensusService({
    store: consensusStore,
    liveState: live,
    liveEdit: liveEdit(collab),
    hub: consensusHub,
    // Declared below (it needs the versions); called only once requests come in.
    baseline: (documentId) => numbering.baseline(documentId),
  });
  const versionStore = new SqlVersionStore(sql, { people: identity.people });
  // Endorsement by silence procedure, and what versions of a compilation cite (issue 14).
  const endorsementStore = new SqlEndorsementStore(sql, { people: identity.people });
  const endorsements = new EndorsementService({
    store: endorsementStore,
    versions: versionStore,
    identity,
    mailer,
    publicUrl,
    logger: logger.child({ part: 'endorsement' }),
    now: options.now,
  });
  const compilationViews = new CompilationViews({
    store: endorsementStore,
    endorsements,
    versions: versionStore,
    citations: new Citations({ compilation: compilationStore, contributions: new SqlCallStore(sql, options) }),
    compilation: compilationStore,
    now: options.now,
  });
  const versions = new VersionService({
    store: versionStore,
    liveState: live,
    documents,
    records,
    liveReset: liveReset(collab),
    statuses: async (documentId) =>
      new Map([...(await consensusStore.statuses(documentId))].map(([id, s]) => [id, s.status])),
    // Declared below (it reads versions); called only once requests come in.
    baseline: (documentId) => numbering.baseline(documentId),
    alternatives: async (documentId) => {
      const byBracket = new Map<string, string[]>();
      for (const a of await consensusStore.alternatives(documentId))
        byBracket.set(a.bracketId, [...(byBracket.get(a.bracketId) ?? []), a.text]);
      return byBracket;
    },
    saved: (documentId, versionId) => compilationViews.versionSaved(documentId, versionId),
  });
  const history = new HistoryService({
    store: historyStore,
    people: identity.people,
    ...(attribution
      ? { unwritten: (documentId: string, blockId?: string) => attribution.unwritten(documentId, blockId) }
      : {}),
  });
  const numbering = new NumberingService({
    store: new SqlNumberingStore(sql, { people: identity.people }),
    versions: versionStore,
    liveState: live,
    publish: (documentId, changed) => consensusHub.publish(documentId, { type: 'numbering', numbering: changed }),
  });
  const suggestions = new SuggestionService({
    store: suggestionStore,
    rules: suggestionRules,
    ...(suggestionsExtension ? { recorded: (documentId: string) => suggestionsExtension.recorded(documentId) } : {}),
    liveState: live,
    liveEdit: liveEdit(collab),
    identity,
    publish: suggestionsChanged,
  });
  const compilation = new CompilationService({
    store: compilationStore,
    contributions: new SqlContributionReads(sql),
    liveState: live,
    liveEdit: liveEdit(collab),
    numbering,
    identity,
    ...(compilationExtension ? { recorded: (documentId: string) => compilationExtension.recorded(documentId) } : {}),
  });
  const roundStore = new SqlRoundStore(sql, options);
  const roundLanguages = new RoundLanguages({ store: languageStore, records, versions: versionStore });
  const languages = new LanguageService({
    store: languageStore,
    records,
    documents,
    liveState: live,
    liveEdit: liveEdit(collab),
    baseline: (documentId) => numbering.baseline(documentId),
    people: identity.people,
    recorded: translationTracking ? (documentId) => translationTracking.recorded(documentId) : undefined,
  });
  const rounds = new RoundService({
    store: roundStore,
    versions: versionStore,
    languages: roundLanguages,
    mailer,
    publicUrl,
    logger: logger.child({ part: 'rounds' }),
    ...(options.now ? { now: options.now } : {}),
    ...(options.roundLimits ? { limits: options.roundLimits } : {}),
    ...(cluster ? { limit: cluster.limit } : {}),
  });
  if (config.seedDemo) await sql.withLock('seed', () => seedDemoRound({ records, identity, versions, rounds, logger }));
  const calls = new CallService({
    store: new SqlCallStore(sql, options),
    mailer,
    publicUrl,
    logger: logger.child({ part: 'calls' }),
    now: options.now,
    limit: cluster?.limit,
  });
  const roundProcessing = new RoundProcessing({
    rounds,
    store: roundStore,
    processing: new SqlProcessingStore(sql, { ...options, people: identity.people }),
    liveState: live,
    versions,
  });
  const app = createApp({
    records,
    identity,
    invitations,
    authenticator,
    limits,
    secureCookies: config.secureCookies,
    allowedOrigins: config.allowedOrigins,
    onLimited: (limit) => metrics.limitRefusals.inc(1, { limit }),
    liveState: live,
    comments,
    commentHub,
    liveAccess,
    consensus,
    consensusHub,
    versions,
    suggestions,
    compilation,
    history,
    numbering,
    rounds,
    roundProcessing,
    languages,
    roundLanguages,
    calls,
    endorsements,
    compilationViews,
    registry,
    metricsToken: config.metricsToken,
    logger,
    version,
    startedAt: Date.now(),
    clientDir: config.clientDir,
    mailer,
    publicUrl,
    instanceId: config.instanceId,
    database: sql,
    ...(cluster
      ? {
          healthChecks: [{ name: 'redis' as const, check: () => cluster.ping() }],
          // Failed sign-ins counted for all instances together.
          signInGuard: cluster.signInGuard(limits.signIns),
        }
      : {}),
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  const wss = attachWebSocket(server, collab, {
    maxMessageBytes: config.maxMessageBytes,
    connectLimiter: new KeyedLimiter(limits.connects),
    onLimited: () => metrics.limitRefusals.inc(1, { limit: 'connects' }),
  });
  if (!loopback) warnOfDemoPassword(identity, config.host, logger);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  listeningUrl = `http://${host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: listeningUrl,
    port,
    collab,
    cluster,
    sql,
    documents,
    instanceId: config.instanceId,
    mailer,
    routes: app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    commentSubscribers: (documentId) => commentHub.count(documentId),
    consensusSubscribers: (documentId) => consensusHub.count(documentId),
    pollAccess: async () => {
      await authorization.poll();
      await liveAccess.poll();
    },
    close: () =>
      (closing ??= (async () => {
        server.close();
        liveAccess.stop();
        commentHub.closeAll();
        consensusHub.closeAll();
        await collab.destroy();
        await cluster?.close();
        wss.close();
        server.closeAllConnections();
        mailer.close();
        await storage.close();
      })()),
  };
}

/**
 * Warns when the demo people still sign in with the published password on an address others
 * can reach. It is one scrypt hash (tens of milliseconds), so it runs after the server listens
 * instead of delaying the start.
 */
function warnOfDemoPassword(identity: Identity, host: string, logger: Logger): void {
  identity.people.checkPassword(demoPeople[0]!.email, demoPassword).then(
    (published) => {
      if (!published) return;
      logger.warn(
        'serving a non-loopback address while the demo people sign in with the published password; start on a fresh data directory with ACCORD_SEED_DEMO=false for real use',
        { host },
      );
    },
    (error: unknown) => logger.error('could not check whether the demo password is still in use', { error }),
  );
}
