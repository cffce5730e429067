/**
 * The document log and the document records as interfaces. SQLite (`sqlite/`) is the only
 * implementation today; methods return promises even where SQLite answers at once, so that a
 * networked database can implement the same interface.
 */
import type { DocumentKind, DocumentRecord, Workspace } from '@accord/schema';

/** A document's stored CRDT state: the last snapshot and the updates appended after it. */
export interface StoredDocument {
  snapshot: Uint8Array | undefined;
  updates: Uint8Array[];
  /** Sequence number of the last update included (in the snapshot or the list); 0 for none. */
  lastSeq: number;
}

/** The append-only update log of every document, with snapshots that replace its prefix. */
export interface DocumentStore {
  load(documentId: string): Promise<StoredDocument>;
  /** Appends updates in one atomic write (and marks the document changed); resolves to the sequence number of the last one. */
  append(documentId: string, updates: readonly Uint8Array[]): Promise<number>;
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
}

/** Workspaces and documents as records (their content lives in the {@link DocumentStore}). */
export interface RecordStore {
  listWorkspaces(): Promise<Workspace[]>;
  getWorkspace(id: string): Promise<Workspace | undefined>;
  createWorkspace(workspace: { id: string; name: string }): Promise<Workspace>;
  listDocuments(workspaceId?: string): Promise<DocumentRecord[]>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  createDocument(document: NewDocument): Promise<DocumentRecord>;
}
