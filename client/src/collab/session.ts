/**
 * One open document's collaboration session: the Y.Doc, its y-websocket provider, and what the
 * page shows about the connection. `@lexical/react`'s CollaborationPlugin creates the provider
 * through {@link CollabSession.providerFactory}; this object owns it from then on.
 *
 * Why a class and not hooks: the plugin ignores a new factory once it has one, so the factory
 * must be created once per document and outlive renders, and the status and presence hooks
 * need the provider the factory made. React subscribes through `subscribe`/`getSnapshot`.
 */
import type { Provider } from '@lexical/yjs';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { onPermissionDenied } from './permission-denied.js';

/**
 * - `connecting`: first connection, nothing synced yet.
 * - `connected`: the socket is open and the first sync exchange is done.
 * - `reconnecting`: the socket dropped (or has not synced again yet); y-websocket retries.
 * - `offline`: the browser says it has no network; the app disconnected on purpose.
 * - `closed`: the server refused the document for good (4400–4499: 4401 signed out, 4403 no
 *   longer allowed, 4404 not found); `closedCode` says which.
 */
export type ConnectionPhase = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface ConnectionSnapshot {
  phase: ConnectionPhase;
  /** Local Yjs transactions made since the provider was last synced. */
  unsynced: number;
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

  constructor({ serverUrl, documentId, WebSocketPolyfill }: CollabSessionOptions) {
    this.#serverUrl = serverUrl;
    this.#WebSocket = WebSocketPolyfill;
    this.documentId = documentId;
    this.#watchLocalChanges();
    this.#watchBrowserNetwork();
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
    const onStatus = () => this.#update();
    const onSync = (synced: boolean) => {
      if (synced) {
        this.#everSynced = true;
        // The server sends its sync step 1 on join and this client answers it with everything
        // the server lacks, so by the time our step 1 is answered the offline edits are sent.
        this.#lastMerge = { count: this.#unsynced, at: Date.now() };
        this.#unsynced = 0;
      }
      this.#update();
    };
    const onClosed = (event: { code: number; reason: string }) => {
      this.#closedReason = event.reason || `closed with code ${event.code}`;
      this.#closedCode = event.code;
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
    return provider;
  }

  /** Counts transactions that did not come from the network while the provider is not in sync. */
  #watchLocalChanges(): void {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const provider = this.#provider;
      if (provider && origin === provider) return;
      if (provider && provider.wsconnected && provider.synced) return;
      this.#unsynced += 1;
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
