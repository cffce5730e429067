/**
 * Who a document or workspace is for: a document's audience (the people it is restricted
 * to; none means everyone with a role in its workspace) and a workspace's people with their roles.
 */
import type { Person, Role } from '@accord/schema';
import type { Queryable } from '../storage/sql/types.js';
import { writeAudit } from './audit-log.js';
import { type ClockOptions, type PersonRow, toPerson } from './people-store.js';

/** A person together with their role in one workspace. */
export interface WorkspaceMember {
  person: Person;
  role: Role;
}

/** Document audiences and workspace membership. */
export class SqlAudienceStore {
  readonly #sql: Queryable;
  readonly #now: () => Date;

  constructor(sql: Queryable, options: ClockOptions = {}) {
    this.#sql = sql;
    this.#now = options.now ?? (() => new Date());
  }

  /** The people holding a role in a workspace, by name. */
  async listWorkspacePeople(workspaceId: string): Promise<WorkspaceMember[]> {
    const rows = await this.#sql.all<PersonRow & { role: Role }>(
      'SELECT p.*, r.role FROM workspace_roles r JOIN people p ON p.id = r.person_id WHERE r.workspace_id = ? ORDER BY p.name, p.id',
      [workspaceId],
    );
    return rows.map((r) => ({ person: toPerson(r), role: r.role }));
  }

  /**
   * Replaces a document's audience, audited (`document.audience`, target the document) so
   * open connections are re-checked; an empty list opens it to everyone with a role in its workspace.
   */
  async setDocumentAudience(
    documentId: string,
    personIds: readonly string[],
    actor: { actorPersonId: string | null; workspaceId?: string; via?: string } = { actorPersonId: null },
  ): Promise<void> {
    await this.#sql.transaction(async (tx) => {
      // PostgreSQL: two replacements at once would leave the union of both; the document's row
      // lock makes the second wait and replace the first. (SQLite has one writer at a time.)
      if (tx.dialect === 'postgres') await tx.get('SELECT id FROM documents WHERE id = ? FOR UPDATE', [documentId]);
      await tx.run('DELETE FROM document_audience WHERE document_id = ?', [documentId]);
      for (const id of new Set(personIds))
        await tx.run('INSERT INTO document_audience (document_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [
          documentId,
          id,
        ]);
      await writeAudit(tx, this.#now().toISOString(), {
        actorPersonId: actor.actorPersonId,
        action: 'document.audience',
        workspaceId: actor.workspaceId ?? null,
        target: documentId,
        detail: { people: [...personIds], ...(actor.via ? { via: actor.via } : {}) },
      });
    });
  }

  /** The ids of the people a document is restricted to; empty when it is open to its workspace. */
  async getDocumentAudience(documentId: string): Promise<string[]> {
    const rows = await this.#sql.all<{ person_id: string }>(
      'SELECT person_id FROM document_audience WHERE document_id = ? ORDER BY person_id',
      [documentId],
    );
    return rows.map((r) => r.person_id);
  }
}
