/**
 * Who a document or workspace is for: a document's audience (the people it is restricted
 * to; none means everyone with a role in its workspace) and a workspace's people with their roles.
 */
import type { Person, Role } from '@accord/schema';
import type { Db } from '../storage/sqlite/database.js';
import { writeAudit } from './audit-log.js';
import { type ClockOptions, type PersonRow, toPerson } from './people-store.js';

/** A person together with their role in one workspace. */
export interface WorkspaceMember {
  person: Person;
  role: Role;
}

/** Document audiences and workspace membership. */
export class SqliteAudienceStore {
  readonly #db: Db;
  readonly #now: () => Date;

  constructor(db: Db, options: ClockOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
  }

  /** The people holding a role in a workspace, by name. */
  async listWorkspacePeople(workspaceId: string): Promise<WorkspaceMember[]> {
    const rows = this.#db
      .prepare(
        'SELECT p.*, r.role FROM workspace_roles r JOIN people p ON p.id = r.person_id WHERE r.workspace_id = ? ORDER BY p.name, p.id',
      )
      .all(workspaceId) as (PersonRow & { role: Role })[];
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
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM document_audience WHERE document_id = ?').run(documentId);
      const add = this.#db.prepare('INSERT OR IGNORE INTO document_audience (document_id, person_id) VALUES (?, ?)');
      for (const id of personIds) add.run(documentId, id);
      writeAudit(this.#db, this.#now().toISOString(), {
        actorPersonId: actor.actorPersonId,
        action: 'document.audience',
        workspaceId: actor.workspaceId ?? null,
        target: documentId,
        detail: { people: [...personIds], ...(actor.via ? { via: actor.via } : {}) },
      });
    })();
  }

  /** The ids of the people a document is restricted to; empty when it is open to its workspace. */
  async getDocumentAudience(documentId: string): Promise<string[]> {
    const rows = this.#db
      .prepare('SELECT person_id FROM document_audience WHERE document_id = ? ORDER BY person_id')
      .all(documentId) as { person_id: string }[];
    return rows.map((r) => r.person_id);
  }
}
