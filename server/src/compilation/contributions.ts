/**
 * What the compilation reads of calls and contributions, through slice A's `SqlCallStore`: a
 * contribution with the document its call is on, and the contributions of a call or of a
 * document's calls, reduced to what compiling needs.
 */
import { SqlCallStore } from '../calls/store.js';
import type { Queryable } from '../storage/sql/types.js';

/** A contribution as the compilation uses it. */
export interface CompiledContribution {
  id: string;
  callId: string;
  /** The compilation document the call is on. */
  documentId: string;
  title: string;
  organisation: string;
  /** The paragraphs' texts by index. */
  paragraphs: string[];
}

export class SqlContributionReads {
  readonly #calls: Pick<SqlCallStore, 'call' | 'contribution' | 'contributionsOfCall'>;

  constructor(sql: Queryable, calls?: Pick<SqlCallStore, 'call' | 'contribution' | 'contributionsOfCall'>) {
    this.#calls = calls ?? new SqlCallStore(sql);
  }

  /** One contribution, or undefined when there is none by that id. */
  async contribution(id: string): Promise<CompiledContribution | undefined> {
    const contribution = await this.#calls.contribution(id);
    const call = contribution && (await this.#calls.call(contribution.callId));
    return contribution && call && compiled(contribution, call.documentId);
  }

  /** A call's document and its contributions in the order they came; undefined for an unknown call. */
  async ofCall(callId: string): Promise<{ documentId: string; contributions: CompiledContribution[] } | undefined> {
    const call = await this.#calls.call(callId);
    if (!call) return undefined;
    const contributions = await this.#calls.contributionsOfCall(callId);
    return { documentId: call.documentId, contributions: contributions.map((c) => compiled(c, call.documentId)) };
  }

  /** The contributions (among `ids`) to calls on the document. */
  async ofDocument(documentId: string, ids: readonly string[]): Promise<Map<string, CompiledContribution>> {
    const found = new Map<string, CompiledContribution>();
    for (const id of ids) {
      const contribution = await this.contribution(id);
      if (contribution?.documentId === documentId) found.set(id, contribution);
    }
    return found;
  }
}

function compiled(
  c: { id: string; callId: string; title: string; organisation: string; paragraphs: { index: number; text: string }[] },
  documentId: string,
): CompiledContribution {
  const paragraphs: string[] = [];
  for (const p of c.paragraphs) paragraphs[p.index] = p.text;
  return { id: c.id, callId: c.callId, documentId, title: c.title, organisation: c.organisation, paragraphs };
}
