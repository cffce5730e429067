/**
 * The HTTP side of Accord as one Hono app: health and metrics for operators, the JSON API
 * under /api, and the browser client for everything else. WebSocket upgrades do not pass
 * through here; see ./websocket.ts.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Mailer } from '../mail/index.js';
import type { Logger } from '../logger.js';
import type { Registry } from '../metrics/registry.js';
import type { RecordStore } from '../storage/types.js';
import type { Authenticator } from '../identity/authenticator.js';
import type { Identity } from '../identity/identity.js';
import type { SqlInvitationStore } from '../identity/invitations.js';
import { SignInGuard, type SignInLimits } from '../identity/sign-in-guard.js';
import type { Limits } from '../config.js';
import { KeyedLimiter } from '../limits/keyed-limiter.js';
import type { LiveState } from '../content/live-state.js';
import type { CommentHub } from '../comments/live.js';
import type { LiveAccess } from '../live/access.js';
import type { CommentService } from '../comments/service.js';
import type { ConsensusHub } from '../consensus/live.js';
import type { ConsensusService } from '../consensus/service.js';
import type { VersionService } from '../versions/service.js';
import type { SuggestionService } from '../suggestions/service.js';
import type { CallService } from '../calls/service.js';
import type { CompilationService } from '../compilation/service.js';
import type { NumberingService } from '../numbering/service.js';
import type { HistoryService } from '../history/service.js';
import type { EndorsementService } from '../endorsement/service.js';
import type { CompilationViews } from '../endorsement/views.js';
import type { LanguageService } from '../languages/service.js';
import type { RoundLanguages } from '../languages/rounds.js';
import type { AppEnv } from './env.js';
import { answerErrors, errorBodyIn } from './errors.js';
import { Gate } from './gate.js';
import { authenticate } from './middleware/authenticate.js';
import { clientIp } from './middleware/client-ip.js';
import { csrf } from './middleware/csrf.js';
import { requestLocale, savedLocale } from './middleware/locale.js';
import { drainBody, drainUnreadBody } from './middleware/drain.js';
import { rateLimit } from './middleware/rate-limit.js';
import { contributionUploads } from './middleware/upload-limit.js';
import { securityHeaders } from './middleware/security-headers.js';
import { liveRoute } from './live-route.js';
import { auditRoutes } from './routes/audit.js';
import { endorsementRoutes, publicVersionRoutes } from './routes/endorsement.js';
import { compilationExportRoutes } from './routes/compilation-export.js';
import { bracketRoutes } from './routes/brackets.js';
import { commentLiveRoutes } from './routes/comments-live.js';
import { commentRoutes } from './routes/comments.js';
import { consensusRoutes } from './routes/consensus.js';
import { contentRoutes } from './routes/content.js';
import { type HealthDeps, healthRoutes } from './routes/health.js';
import { historyRoutes } from './routes/history.js';
import { invitationRoutes } from './routes/invitations.js';
import { languageRoutes } from './routes/languages.js';
import { metricsRoutes } from './routes/metrics.js';
import { peopleRoutes } from './routes/people.js';
import { registerRoutes } from './routes/register.js';
import { sessionRoutes } from './routes/session.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { compilationRoutes } from './routes/compilation.js';
import { tokenRoutes } from './routes/tokens.js';
import { versionRoutes } from './routes/versions.js';
import { numberingRoutes } from './routes/numbering.js';
import { roundRoutes } from './routes/rounds.js';
import { publicRoundRoutes } from './routes/public-rounds.js';
import { callRoutes } from './routes/calls.js';
import { publicCallRoutes } from './routes/public-calls.js';
import type { RoundService } from '../rounds/service.js';
import type { RoundProcessing } from '../rounds/processing.js';
import { roundProcessingRoutes } from './routes/round-processing.js';
import { workspaceRoutes } from './routes/workspaces.js';
import { staticRoutes } from './static.js';

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

export interface AppDeps {
  records: RecordStore;
  identity: Identity;
  invitations: SqlInvitationStore;
  authenticator: Authenticator;
  limits: Limits;
  secureCookies: boolean;
  allowedOrigins: readonly string[];
  /** Counts a request refused by a limit, by limit name. */
  onLimited: (limit: string) => void;
  liveState: LiveState;
  comments: CommentService;
  commentHub: CommentHub;
  consensus: ConsensusService;
  consensusHub: ConsensusHub;
  /** Ends live streams when their reader's access changes. */
  liveAccess: LiveAccess;
  versions: VersionService;
  /** Pending suggestions, decisions and the document's rule for members (issue 13). */
  suggestions: SuggestionService;
  /** The compilation desk: inserted contributions, sources, coverage, divergences (issue 14). */
  compilation: CompilationService;
  /** A document's numbering: live, or frozen at a version (labels 4bis, 6 [deleted]). */
  numbering: NumberingService;
  /** Who changed which paragraph, and changes since a person's last visit (issue 13). */
  history: HistoryService;
  rounds: RoundService;
  /** Calls for contributions and their contributions (issue 14). */
  calls: CallService;
  /** Silence procedures (issue 14). */
  endorsements: EndorsementService;
  /** A compilation's citations, stamps, register part and published versions (issue 14). */
  compilationViews: CompilationViews;
  roundProcessing: RoundProcessing;
  /** Language versions of documents, aligned by paragraph (issue 15). */
  languages: LanguageService;
  /** The languages a consultation round offers its text in (issue 15). */
  roundLanguages: RoundLanguages;
  registry: Registry;
  /** Required as a bearer token on `/metrics` when set. */
  metricsToken?: string | undefined;
  logger: Logger;
  version: string;
  startedAt: number;
  clientDir: string;
  /** What `/healthz` reports on: this instance, its database, and other dependencies (Redis). */
  instanceId: string;
  database: HealthDeps['database'];
  healthChecks?: HealthDeps['checks'];
  /** Sign-in failure limits shared by every instance (Redis); this process's own when absent. */
  signInGuard?: SignInLimits | undefined;
  /** Outgoing mail (invitations, confirmations). */
  mailer: Mailer;
  /** The address people reach Accord at, for links in mails (no trailing slash). */
  publicUrl: () => string;
}

/** Builds the app; every /api route behind the IP limit, authentication and CSRF checks, and each route asks the {@link Gate}. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const gate = new Gate({ records: deps.records, identity: deps.identity, logger: deps.logger });
  // Outermost: it runs after every answer, refusals included (see middleware/drain.ts).
  app.use('*', drainUnreadBody({ maxBytes: MAX_BODY_BYTES, maxMs: 2_000 }));
  app.use('*', securityHeaders({ https: deps.secureCookies }));
  app.use('*', clientIp());
  app.use('*', requestLocale());
  app.use(
    '/api/*',
    rateLimit(new KeyedLimiter(deps.limits.requests), () => deps.onLimited('requests')),
  );
  app.use(
    '/api/*',
    // Contributions carry files up to 5 MB: their routes have a limit of their own.
    contributionUploads(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: async (c) => {
          // A 413 that leaves the rest of the body unread breaks the keep-alive connection for
          // the client's next request; read it away when that is cheap, else say we close.
          const drained = await drainBody(c.req.raw, MAX_DRAIN_BYTES);
          return c.json(
            errorBodyIn(c, 'body_too_large', { key: 'errors.http.bodyTooLarge' }),
            413,
            drained ? {} : { connection: 'close' },
          );
        },
      }),
    ),
  );
  app.route(
    '/',
    healthRoutes({
      version: deps.version,
      startedAt: deps.startedAt,
      instanceId: deps.instanceId,
      database: deps.database,
      ...(deps.healthChecks ? { checks: deps.healthChecks } : {}),
    }),
  );
  app.route('/', metricsRoutes(deps.registry, deps.metricsToken));
  app.use('/api/*', authenticate(deps.authenticator, deps.secureCookies));
  app.use('/api/*', savedLocale());
  app.use('/api/*', csrf(deps.allowedOrigins));
  const { identity, records, secureCookies } = deps;
  app.route(
    '/api',
    sessionRoutes({
      identity,
      gate,
      secureCookies,
      signInLimiter: new KeyedLimiter(deps.limits.signIns),
      signInGuard: deps.signInGuard ?? new SignInGuard({ failures: deps.limits.signIns }),
      onLimited: () => deps.onLimited('sign_ins'),
    }),
  );
  app.route('/api', workspaceRoutes({ records, identity, gate }));
  app.route(
    '/api',
    contentRoutes(
      gate,
      deps.liveState,
      deps.numbering,
      async (ids) => {
        const people = await identity.people.peopleByIds(ids);
        return new Map([...people].map(([id, person]) => [id, person.name]));
      },
      (documentId) => deps.compilation.sources(documentId),
      (document) => deps.languages.numbersOf(document),
    ),
  );
  app.route('/api', commentRoutes({ gate, comments: deps.comments }));
  app.route(
    '/api',
    commentLiveRoutes({
      gate,
      hub: deps.commentHub,
      authenticator: deps.authenticator,
      records,
      identity,
      access: deps.liveAccess,
    }),
  );
  app.route('/api', consensusRoutes({ gate, consensus: deps.consensus }));
  app.route('/api', bracketRoutes({ gate, consensus: deps.consensus }));
  app.route('/api', suggestionRoutes({ gate, suggestions: deps.suggestions }));
  app.route('/api', compilationRoutes({ gate, compilation: deps.compilation }));
  app.route(
    '/api',
    registerRoutes({
      gate,
      consensus: deps.consensus,
      comments: deps.comments,
      suggestions: deps.suggestions,
      compilation: deps.compilationViews,
    }),
  );
  app.route(
    '/api',
    liveRoute(
      { gate, authenticator: deps.authenticator, records, identity, access: deps.liveAccess },
      deps.consensusHub,
      'consensus/live',
    ),
  );
  app.route('/api', versionRoutes({ gate, versions: deps.versions, identity, compilation: deps.compilationViews }));
  app.route('/api', numberingRoutes({ gate, numbering: deps.numbering, identity }));
  app.route('/api', historyRoutes({ gate, history: deps.history }));
  app.route('/api', roundRoutes({ gate, rounds: deps.rounds, identity, languages: deps.roundLanguages }));
  app.route('/api', roundProcessingRoutes({ gate, rounds: deps.rounds, processing: deps.roundProcessing, identity }));
  app.route(
    '/api',
    publicRoundRoutes({
      rounds: deps.rounds,
      processing: deps.roundProcessing,
      secureCookies,
      languages: deps.roundLanguages,
    }),
  );
  app.route('/api', languageRoutes({ gate, languages: deps.languages, comments: deps.comments, identity, records }));
  app.route('/api', callRoutes({ gate, calls: deps.calls, identity }));
  app.route('/api', endorsementRoutes({ gate, endorsements: deps.endorsements, identity }));
  app.route('/api', publicVersionRoutes({ views: deps.compilationViews }));
  app.route('/api', compilationExportRoutes({ gate, versions: deps.versions, views: deps.compilationViews }));
  app.route('/api', publicCallRoutes({ calls: deps.calls }));
  const inviting = { invitations: deps.invitations, mailer: deps.mailer, publicUrl: deps.publicUrl };
  app.route('/api', peopleRoutes({ identity, gate, ...inviting }));
  app.route('/api', invitationRoutes({ records, identity, gate, secureCookies, ...inviting }));
  app.route('/api', auditRoutes({ identity, gate }));
  app.route('/api', tokenRoutes({ identity, gate }));
  app.all('/api/*', (c) =>
    c.json(
      errorBodyIn(c, 'not_found', { key: 'errors.http.noRoute', values: { method: c.req.method, path: c.req.path } }),
      404,
    ),
  );
  app.route('/', staticRoutes(deps.clientDir));

  app.onError(answerErrors(deps.logger));
  return app;
}
