/** Workspaces and documents as rows, in either dialect. */
import type { DocumentKind, DocumentRecord, Locale, Workspace } from '@accord/schema';
import type { Queryable } from './sql/types.js';
import type { NewDocument, RecordStore } from './types.js';

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
  language: string;
  original_id: string | null;
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
  language: r.language as Locale,
  originalId: r.original_id,
});

export class SqlRecordStore implements RecordStore {
  readonly #sql: Queryable;
  /** When the last document was created here, so documents created in a row never share a timestamp. */
  #lastCreated = 0;

  constructor(sql: Queryable) {
    this.#sql = sql;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    return (await this.#sql.all<WorkspaceRow>('SELECT * FROM workspaces ORDER BY name, id')).map(toWorkspace);
  }

  async getWorkspace(id: string): Promise<Workspace | undefined> {
    const row = await this.#sql.get<WorkspaceRow>('SELECT * FROM workspaces WHERE id = ?', [id]);
    return row && toWorkspace(row);
  }

  async createWorkspace({ id, name }: { id: string; name: string }): Promise<Workspace> {
    const now = new Date().toISOString();
    await this.#sql.run('INSERT INTO workspaces (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)', [
      id,
      name,
      now,
      now,
    ]);
    return { id, name, createdAt: now, updatedAt: now };
  }

  /**
   * In creation order. PostgreSQL has no rowid, so the order is `created_at`, which this store
   * keeps strictly increasing (documents seeded in one loop stay in the seed's order); ties
   * between instances fall back to the id.
   */
  async listDocuments(workspaceId?: string): Promise<DocumentRecord[]> {
    const rows = workspaceId
      ? await this.#sql.all<DocumentRow>('SELECT * FROM documents WHERE workspace_id = ? ORDER BY created_at, id', [
          workspaceId,
        ])
      : await this.#sql.all<DocumentRow>('SELECT * FROM documents ORDER BY workspace_id, created_at, id');
    return rows.map(toDocument);
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    const row = await this.#sql.get<DocumentRow>('SELECT * FROM documents WHERE id = ?', [id]);
    return row && toDocument(row);
  }

  async createDocument({
    id,
    workspaceId,
    title,
    kind,
    language = 'en',
    originalId = null,
  }: NewDocument): Promise<DocumentRecord> {
    this.#lastCreated = Math.max(Date.now(), this.#lastCreated + 1);
    const now = new Date(this.#lastCreated).toISOString();
    await this.#sql.run(
      'INSERT INTO documents (id, workspace_id, title, kind, created_at, updated_at, language, original_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [id, workspaceId, title, kind, now, now, language, originalId],
    );
    return { id, workspaceId, title, kind, createdAt: now, updatedAt: now, language, originalId };
  }

  async languageVersions(originalId: string): Promise<DocumentRecord[]> {
    const rows = await this.#sql.all<DocumentRow>(
      'SELECT * FROM documents WHERE original_id = ? ORDER BY created_at, id',
      [originalId],
    );
    return rows.map(toDocument);
  }
}
