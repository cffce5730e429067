/** Workspaces and documents as rows in SQLite. */
import type { DocumentKind, DocumentRecord, Workspace } from '@accord/schema';
import type { NewDocument, RecordStore } from '../types.js';
import type { Db } from './database.js';

interface WorkspaceRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
}

interface DocumentRow extends WorkspaceRow {
  workspace_id: string;
  title: string;
  kind: string;
}

const toWorkspace = (r: WorkspaceRow): Workspace => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  title: r.title,
  kind: r.kind as DocumentKind,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class SqliteRecordStore implements RecordStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    return (this.#db.prepare('SELECT * FROM workspaces ORDER BY name').all() as WorkspaceRow[]).map(toWorkspace);
  }

  async getWorkspace(id: string): Promise<Workspace | undefined> {
    const row = this.#db.prepare('SELECT * FROM workspaces WHERE id = ?').get(id) as WorkspaceRow | undefined;
    return row && toWorkspace(row);
  }

  async createWorkspace({ id, name }: { id: string; name: string }): Promise<Workspace> {
    const now = new Date().toISOString();
    this.#db
      .prepare('INSERT INTO workspaces (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run(id, name, now, now);
    return { id, name, createdAt: now, updatedAt: now };
  }

  async listDocuments(workspaceId?: string): Promise<DocumentRecord[]> {
    const rows = workspaceId
      ? this.#db.prepare('SELECT * FROM documents WHERE workspace_id = ? ORDER BY created_at, rowid').all(workspaceId)
      : this.#db.prepare('SELECT * FROM documents ORDER BY workspace_id, created_at, rowid').all();
    return (rows as DocumentRow[]).map(toDocument);
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    const row = this.#db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row && toDocument(row);
  }

  async createDocument({ id, workspaceId, title, kind }: NewDocument): Promise<DocumentRecord> {
    const now = new Date().toISOString();
    this.#db
      .prepare(
        'INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, workspaceId, title, kind, now, now);
    return { id, workspaceId, title, kind, createdAt: now, updatedAt: now };
  }
}
