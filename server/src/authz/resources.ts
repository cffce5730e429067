/**
 * What an authorization decision needs to know about a resource: its workspace and, for a
 * document, its narrowed audience. Looked up fresh for each decision, so an audience change
 * applies to the next request and, through the watcher, to open connections.
 */
import type { DocumentRecord } from '@accord/schema';
import type { SqlAudienceStore } from '../identity/audiences.js';
import type { RecordStore } from '../storage/types.js';
import type { Resource } from './authorize.js';

/** A document together with the resource it is to the authorization module. */
export interface DocumentResource {
  document: DocumentRecord;
  resource: Resource;
}

/** The document and its resource, or undefined when no such document exists. */
export async function documentResource(
  records: Pick<RecordStore, 'getDocument'>,
  audiences: Pick<SqlAudienceStore, 'getDocumentAudience'>,
  documentId: string,
): Promise<DocumentResource | undefined> {
  const document = await records.getDocument(documentId);
  if (!document) return undefined;
  const audience = await audiences.getDocumentAudience(documentId);
  return { document, resource: { workspaceId: document.workspaceId, documentId, audience } };
}
