/**
 * One open document's collaboration session: the Y.Doc, its y-websocket provider, and what the
 * page shows about the connection. `@lexical/react`'s CollaborationPlugin creates the provider
 * through {@link CollabSession.providerFactory}; this object owns it from then on.
 *
 * With a person, the doc is also kept in this browser (offline-draft.ts): the stored copy is
 * loaded into the doc before the provider first connects, so the page shows it without the
 * server, and what was typed offline — even in a tab since closed — goes out at the next sync.
 *
 * Why a class and not hooks: the plugin ignores a new factory once it has one, so the factory
 * must be created once per document and outlive renders, and the status and presence hooks
 * need the provider the factory made. React subscribes through `subscribe`/`getSnapshot`.
 */
import { CloseCode } from '@accord/protocol';
import type { Provider } from '@lexical/yjs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { translate } from '../i18n/current.js';
import { Confirmations } from './confirmations.js';
import { OfflineDraft } from './offline-draft.js';
import { canKeepDrafts } from './offline-store.js';
import { onPermissionDenied } from './permission-denied.js';
import { attachProbes, type Probes } from './probes.js';

/** How long the first connection waits for this browser's copy before going ahead without it. */
const DRAFT_LOAD_WAIT_MS = 3000;

/**
 * - `connecting`: first connection, nothing synced yet.
 * - `connected`: the socket is open and the first sync exchange is done.
 * - `reconnecting`: the socket dropped (or has not synced again yet); y-websocket retries.
 * - `offline`: the browser says it has no network; the app disconnected on purpose.
 * - `closed`: the server refused the document for good (4400–4499: 4401 signed out, 4403 no
 *   longer allowed, 4404 not found); `closedCode` says which.
 */
export type ConnectionPhase = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

/**
 * Where the unsent changes are: `device` once written to this browser's storage (they survive a
 * closed tab), `writing` while the latest is being written, `tab` when this browser keeps no
 * copy (no IndexedDB, no person, or it failed): closing the tab would lose them.
 */
export type KeptOn = 'device' | 'writing' | 'tab';

export interface ConnectionSnapshot {
  phase: ConnectionPhase;
  /**
   * Local Yjs transactions the server has not confirmed: made while not connected and synced,
   * here or in an earlier tab on this device, and not yet carried by a completed sync exchange.
   */
  unsynced: number;
  /**
   * Local changes sent on the open connection that the server has not confirmed yet (see
   * confirmations.ts); if the connection drops first they become `unsynced`.
   */
  unconfirmed: number;
  keptOn: KeptOn;
  /** The document was loaded from this browser's copy: it can be shown and edited without the server. */
  restored: boolean;
  /** How many offline changes the last resync carried (0 when it carried none), and when. */
  lastMerge: { count: number; at: number } | null;
  closedReason: string | null;
  /** The close code of a refusal for good (see {@link ConnectionPhase}). */
  closedCode: number | null;
  /**
   * The server's last permissionDenied on this connection, e.g. "observers cannot edit this
   * document" after a role was lowered: from then on it drops this client's edits.
   */
  denied: { reason: string; at: number } | null;
  /** The plugin has asked for the provider: presence and status can attach to it. */
  providerReady: boolean;
  /** The document arrived from the server at least once; until then the editor stays read-only. */
  everSynced: boolean;
}

export interface CollabSessionOptions {
  /** `ws(s)://host/collab`; the document id is the room name. */
  serverUrl: string;
  documentId: string;
  /** Whose copy of the document this browser keeps; without one, nothing is stored. */
  personId?: string;
  /** The WebSocket class; the browser's by default (tests in Node pass one). */
  WebSocketPolyfill?: typeof WebSocket;
}

export class CollabSession {
  readonly documentId: string;
  readonly doc = new Y.Doc();
  #serverUrl: string;
  #WebSocket: typeof WebSocket | undefined;
  #provider: WebsocketProvider | null = null;
  #listeners = new Set<() => void>();
  #snapshot: ConnectionSnapshot = {
    phase: 'connecting',
    unsynced: 0,
    unconfirmed: 0,
    keptOn: 'tab',
    restored: false,
    lastMerge: null,
    closedReason: null,
    closedCode: null,
    denied: null,
    providerReady: false,
    everSynced: false,
  };
  #everSynced = false;
  #closedCode: number | null = null;
  #denied: ConnectionSnapshot['denied'] = null;
  #browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
  #closedReason: string | null = null;
  #unsynced = 0;
  #lastMerge: ConnectionSnapshot['lastMerge'] = null;
  #cleanups: Array<() => void> = [];
  #personId: string | null;
  #draft: OfflineDraft | null = null;
  /** Settles when the stored copy is in the doc (or given up on); set at the first connect. */
  #draftLoading: Promise<void> | null = null;
  #draftSettled = false;
  #restored = false;
  /** The unsent count last confirmed written to this browser's storage. */
  #storedUnsent = 0;
  #disposed = false;
  #confirmations = new Confirmations();
  #probes: Probes | null = null;

  constructor({ serverUrl, documentId, personId, WebSocketPolyfill }: CollabSessionOptions) {
    this.#serverUrl = serverUrl;
    this.#WebSocket = WebSocketPolyfill;
    this.documentId = documentId;
    this.#personId = personId ?? null;
    this.#watchLocalChanges();
    this.#watchBrowserNetwork();
    this.#warnBeforeLeaving();
  }

  /** There are local changes the server has not confirmed (leaving now may strand them here, or lose them). */
  get hasUnsentChanges(): boolean {
    return this.#unsent() > 0;
  }

  get provider(): WebsocketProvider | null {
    return this.#provider;
  }

  /**
   * Stable for the session's lifetime (the plugin keys its provider on the factory's identity).
   * `connect: false`: the plugin connects once its binding and local awareness state are set up.
   */
  readonly providerFactory = (id: string, yjsDocMap: Map<string, Y.Doc>): Provider => {
    if (id !== this.documentId) throw new Error(`this session is for ${this.documentId}, not ${id}`);
    yjsDocMap.set(id, this.doc);
    if (!this.#provider) {
      this.#provider = this.#createProvider();
      this.#update();
    }
    // y-websocket's awareness types are wider than @lexical/yjs' structural Provider type.
    return this.#provider as unknown as Provider;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot => this.#snapshot;

  /** Leaves the document: awareness goes, the socket closes, the doc is freed. */
  dispose(): void {
    this.#disposed = true;
    this.#draft?.destroy();
    this.#draft = null;
    this.#cleanups.forEach((c) => c());
    this.#cleanups = [];
    this.#provider?.destroy();
    this.#provider = null;
    this.doc.destroy();
    this.#listeners.clear();
  }

  #createProvider(): WebsocketProvider {
    const provider = new WebsocketProvider(this.#serverUrl, this.documentId, this.doc, {
      connect: false,
      ...(this.#WebSocket ? { WebSocketPolyfill: this.#WebSocket } : {}),
    });
    this.#connectAfterDraft(provider);
    const onStatus = () => this.#update();
    const onSync = (synced: boolean) => {
      if (synced) {
        this.#everSynced = true;
        // The server sends its sync step 1 on join and this client answers it with everything
        // the server lacks, so by the time our step 1 is answered the offline edits are sent.
        this.#lastMerge = { count: this.#unsynced, at: Date.now() };
        // Our answer to the server's step 1 carried them; the first probe confirms they arrived.
        this.#confirmations.sent(this.#unsynced);
        this.#unsynced = 0;
        this.#probes?.schedule(0);
      } else {
        this.#unsynced += this.#confirmations.dropped();
      }
      this.#saveUnsent();
      this.#update();
    };
    const onClosed = (event: { code: number; reason: string }) => {
      this.#closedReason = event.reason || translate('shell.connection.closedWithCode', { code: String(event.code) });
      this.#closedCode = event.code;
      // A refused change is in this doc and in this browser's copy of it: kept, it would be sent
      // again at every sync (after a reload too) and refused each time. The page reloads from
      // the server's copy instead (see RefusedChangeNotice).
      if (event.code === CloseCode.BadMessage) void this.#draft?.discard().catch(() => undefined);
      this.#update();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    this.#cleanups.push(
      () => {
        provider.off('status', onStatus);
        provider.off('sync', onSync);
        provider.off('closed', onClosed);
      },
      onPermissionDenied(provider, (reason) => {
        this.#denied = { reason, at: Date.now() };
        this.#update();
      }),
    );
    this.#probes = attachProbes(provider, this.#confirmations, () => {
      this.#saveUnsent();
      this.#update();
    });
    const probes = this.#probes;
    this.#cleanups.push(() => probes.dispose());
    return provider;
  }

  /** Counts transactions that did not come from the network while the provider is not in sync. */
  #watchLocalChanges(): void {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const provider = this.#provider;
      if (provider && origin === provider) return;
      if (this.#draft && origin === this.#draft.origin) return; // the stored copy loading
      if (provider && provider.wsconnected && provider.synced) {
        this.#confirmations.sent();
        this.#probes?.schedule();
        this.#saveUnsent();
        this.#update();
        return;
      }
      this.#unsynced += 1;
      this.#saveUnsent();
      this.#update();
    };
    this.doc.on('update', onUpdate);
    this.#cleanups.push(() => this.doc.off('update', onUpdate));
  }

  /**
   * The browser's `offline` event may leave an open WebSocket half-alive (Chromium's network
   * emulation does), and y-websocket would only notice after its 30 s watchdog. Disconnect and
   * reconnect explicitly so the status and the merge on return are immediate.
   */
  #watchBrowserNetwork(): void {
    if (typeof window === 'undefined') return;
    const onOffline = () => {
      this.#browserOnline = false;
      this.#provider?.disconnect();
      this.#update();
    };
    const onOnline = () => {
      this.#browserOnline = true;
      if (this.#closedReason === null) this.#provider?.connect();
      this.#update();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    this.#cleanups.push(() => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    });
  }

  /**
   * The plugin connects the provider once its binding observes the doc; the stored copy is
   * loaded at that moment (so the editor renders it) and the socket opens after it, so the
   * first sync already carries what was typed offline. A store that does not answer within
   * DRAFT_LOAD_WAIT_MS is not waited for: whatever it loads later merges like a late edit.
   */
  #connectAfterDraft(provider: WebsocketProvider): void {
    const connect = provider.connect.bind(provider);
    const disconnect = provider.disconnect.bind(provider);
    let wanted = false;
    provider.connect = () => {
      wanted = true;
      if (this.#draftSettled) return connect();
      void this.#loadDraft().then(() => {
        if (wanted && !this.#disposed) connect();
      });
    };
    provider.disconnect = () => {
      wanted = false;
      disconnect();
    };
  }

  /** Everything the server has not confirmed: kept on the device, and the reason to warn before leaving. */
  #unsent(): number {
    return this.#unsynced + this.#confirmations.pending;
  }

  #loadDraft(): Promise<void> {
    if (this.#draftLoading) return this.#draftLoading;
    const settle = () => {
      this.#draftSettled = true;
      this.#update();
    };
    if (this.#personId === null || !canKeepDrafts()) {
      settle();
      return (this.#draftLoading = Promise.resolve());
    }
    const draft = new OfflineDraft(this.#personId, this.documentId, this.doc);
    this.#draft = draft;
    const loaded = draft.loaded.then(
      ({ restored, unsent }) => {
        if (this.#disposed || this.#draft !== draft) return;
        this.#restored = restored;
        this.#unsynced += unsent;
        this.#storedUnsent = unsent + this.#confirmations.pending;
        this.#saveUnsent();
      },
      (error: unknown) => {
        console.warn('Accord: this browser cannot keep an offline copy', error);
        if (this.#draft === draft) this.#draft = null;
        draft.destroy();
      },
    );
    const waited = new Promise<void>((resolve) => setTimeout(resolve, DRAFT_LOAD_WAIT_MS));
    return (this.#draftLoading = Promise.race([loaded, waited]).then(settle));
  }

  /** Writes the unsent count beside the stored updates; the status says "on this device" once it is there. */
  #saveUnsent(): void {
    const draft = this.#draft;
    if (!draft || !this.#draftSettled) return;
    const count = this.#unsent();
    draft.saveUnsent(count).then(
      () => {
        if (this.#draft !== draft) return;
        this.#storedUnsent = count;
        this.#update();
      },
      () => {}, // closed meanwhile (the page left): the next open counts from the last one written
    );
  }

  #keptOn(): KeptOn {
    if (!this.#draft) return this.#draftSettled || this.#personId === null || !canKeepDrafts() ? 'tab' : 'writing';
    return this.#draftSettled && this.#storedUnsent === this.#unsent() ? 'device' : 'writing';
  }

  /** The browser's "leave site?" prompt while changes are unsent (browsers show their own wording). */
  #warnBeforeLeaving(): void {
    if (typeof window === 'undefined') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!this.hasUnsentChanges) return;
      event.preventDefault();
      event.returnValue = ''; // older browsers need it set
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    this.#cleanups.push(() => window.removeEventListener('beforeunload', onBeforeUnload));
  }

  #phase(): ConnectionPhase {
    const provider = this.#provider;
    if (this.#closedReason !== null) return 'closed';
    if (!this.#browserOnline) return 'offline';
    if (provider?.wsconnected && provider.synced) return 'connected';
    return this.#everSynced ? 'reconnecting' : 'connecting';
  }

  #update(): void {
    const next: ConnectionSnapshot = {
      phase: this.#phase(),
      unsynced: this.#unsynced,
      unconfirmed: this.#confirmations.pending,
      keptOn: this.#keptOn(),
      restored: this.#restored,
      lastMerge: this.#lastMerge,
      closedReason: this.#closedReason,
      closedCode: this.#closedCode,
      denied: this.#denied,
      providerReady: this.#provider !== null,
      everSynced: this.#everSynced,
    };
    const prev = this.#snapshot;
    if (
      prev.phase === next.phase &&
      prev.unsynced === next.unsynced &&
      prev.unconfirmed === next.unconfirmed &&
      prev.keptOn === next.keptOn &&
      prev.restored === next.restored &&
      prev.lastMerge === next.lastMerge &&
      prev.closedReason === next.closedReason &&
      prev.closedCode === next.closedCode &&
      prev.denied === next.denied &&
      prev.providerReady === next.providerReady &&
      prev.everSynced === next.everSynced
    )
      return;
    this.#snapshot = next;
    this.#listeners.forEach((l) => l());
  }
}
