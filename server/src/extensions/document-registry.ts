/**
 * Admits connections only to documents that exist as records. A room name that is not a
 * document is refused, never silently created.
 */
import { CloseCode } from '@accord/protocol';
import { Id } from '@accord/schema';
import { Refusal, type ConnectPayload, type Extension } from '../collab/index.js';
import type { RecordStore } from '../storage/types.js';

export class DocumentRegistry implements Extension {
  readonly name = 'document-registry';
  readonly priority = 5;
  readonly #records: RecordStore;

  constructor(records: RecordStore) {
    this.#records = records;
  }

  async onConnect({ documentId, context }: ConnectPayload): Promise<void> {
    if (!Id.safeParse(documentId).success) {
      throw new Refusal(CloseCode.DocumentNotFound, `"${documentId.slice(0, 64)}" is not a valid document id`);
    }
    const document = await this.#records.getDocument(documentId);
    if (!document) {
      throw new Refusal(CloseCode.DocumentNotFound, `document ${documentId} does not exist; create it first (POST /api/workspaces/:id/documents)`);
    }
    context.document = document;
  }
}
