/**
 * Refuses every update that would not leave a valid Accord document (finding F2 of issue 12):
 * an element or text node of a type no Accord editor registers, a structure Lexical does not
 * accept (text under the root, a block inside text, a list item outside a list), NodeState or
 * properties of the wrong shape or size. Such an update used to be stored and relayed, and
 * every renderer and editor of the document then failed, also after a restart.
 *
 * The collaboration core tries each update on a replica of the document and asks here, with
 * the transaction that applied it; the check itself (`checkDocumentChange` in @accord/editor)
 * looks only at what that transaction touched.
 */
import { checkDocumentChange } from '@accord/editor';
import type { CheckUpdatePayload, Extension } from '../collab/extension.js';

export class DocumentSchema implements Extension {
  readonly name = 'document-schema';

  onCheckUpdate({ doc, transaction }: CheckUpdatePayload): string | undefined {
    const problem = checkDocumentChange(doc, transaction);
    return problem === undefined
      ? undefined
      : `update refused, not a valid Accord document: it ${problem}; reload the document`;
  }
}
