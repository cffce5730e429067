/**
 * The document log and the document records as interfaces, implemented on SQLite (`sqlite/`,
 * one process) and PostgreSQL (`postgres/`, shared by several instances).
 */
import type { DocumentKind, DocumentRecord, Locale, Workspace } from '@accord/schema';

/** A document's stored CRDT state: the last snapshot and the updates appended after it. */
export interface StoredDocument {
  snapshot: Uint8Array | undefined;
  updates: Uint8Array[];
  /** Sequence number of the last update included (in the snapshot or the list); 0 for none. */
  lastSeq: number;
}

/** Where an appended batch landed in its document's log. */
export interface Appended {
  /** Sequence number of the batch's last update. */
  lastSeq: number;
  /**
   * Sequence number of the document's update stored just before the batch (or its snapshot's,
   * or 0). Appends of one document are stored one after the other, so an instance that has
   * applied everything up to `previousSeq` and then this batch has everything up to `lastSeq`:
   * cross-instance fan-out detects a missed message by it.
   */
  previousSeq: number;
}

/** The append-only update log of every document, with snapshots that replace its prefix. */
export interface DocumentStore {
  load(documentId: string): Promise<StoredDocument>;
  /**
   * What was stored after `afterSeq`: the updates, or, when a compaction folded some of them
   * into the snapshot, the snapshot (in `snapshot`) and everything after it. For an instance
   * catching up on updates another instance stored.
   */
  loadSince(documentId: string, afterSeq: number): Promise<StoredDocument>;
  /** Appends updates in one atomic write (and marks the document changed). */
  append(documentId: string, updates: readonly Uint8Array[]): Promise<Appended>;
  /** The sequence number of each document's last stored update (0 for none), for a periodic check that no instance fell behind. */
  heads(documentIds: readonly string[]): Promise<Map<string, number>>;
  /**
   * Replaces every update up to `uptoSeq` with `snapshot` (the full state at that point),
   * atomically: a crash leaves either the old log or the new snapshot, never neither.
   */
  compact(documentId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  /**
   * Optional: rebuilds the snapshot from the stored log up to `uptoSeq` away from the calling
   * thread, with the same atomicity as {@link compact}; resolves to the snapshot's size. Stores
   * that have it spare the relay the cost of encoding large documents.
   */
  fold?(documentId: string, uptoSeq: number): Promise<number>;
  /** Updates stored after the snapshot (how much compaction would save). */
  countUpdates(documentId: string): Promise<number>;
}

export interface NewDocument {
  id: string;
  workspaceId: string;
  title: string;
  kind: DocumentKind;
  /** The language it is written in; `en` when not given. */
  language?: Locale;
  /** For a language version: the original it translates (issue 15). */
  originalId?: string | null;
}

/** Workspaces and documents as records (their content lives in the {@link DocumentStore}). */
export interface RecordStore {
  listWorkspaces(): Promise<Workspace[]>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  createWorkspace(workspace: { id: string; name: string }): Promise<Workspace>;
  listDocuments(workspaceId?: string): Promise<DocumentRecord[]>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  createDocument(document: NewDocument): Promise<DocumentRecord>;
  /** The language versions of an original (documents whose `originalId` is it), in creation order. */
  languageVersions(originalId: string): Promise<DocumentRecord[]>;
}
