/**
 * A consultation in several languages (issue 15): a round on a saved version of an original may
 * offer, per language, a saved version of that language version. The public page lists the
 * languages and reads the text in the one a commenter chooses, numbered as the round's own
 * version (block ids are shared, so ¶7 is ¶7 in every language); a comment records the
 * language it was made in and is about the same paragraph whatever the language.
 */
import type { ContentBlock, Locale, Round, RoundLanguage } from '@accord/schema';
import { msg, Refusal } from '../refusal.js';
import type { RecordStore } from '../storage/types.js';
import type { SqlVersionStore, StoredVersion } from '../versions/store.js';
import type { SqlLanguageStore } from './store.js';

export interface RoundLanguagesDeps {
  store: Pick<SqlLanguageStore, 'offer' | 'offered'>;
  records: Pick<RecordStore, 'getDocument' | 'languageVersions'>;
  versions: Pick<SqlVersionStore, 'get'>;
}

/** The text of a round in one language: the saved version read, its paragraphs numbered as the round's own. */
export interface RoundText {
  language: Locale;
  /** Whether it is the round's own version (the original's). */
  original: boolean;
  stored: StoredVersion;
  paragraphs: ContentBlock[];
}

export class RoundLanguages {
  readonly #deps: RoundLanguagesDeps;

  constructor(deps: RoundLanguagesDeps) {
    this.#deps = deps;
  }

  /**
   * What offering `language` needs, checked without writing: the document's version in that
   * language and the saved version of it. Refused: the round's own language, a language the
   * document has no version in, a version it does not have, a closed round.
   */
  async check(
    round: Pick<Round, 'documentId' | 'state'>,
    offer: { language: Locale; versionId: string },
  ): Promise<{ documentId: string }> {
    if (round.state === 'closed') throw new Refusal(409, 'round_closed', msg('languages.refusal.roundClosed'));
    const own = await this.#ownLanguage(round);
    if (offer.language === own)
      throw new Refusal(409, 'same_language', msg('languages.refusal.roundSameLanguage', { language: own }));
    const document = (await this.#deps.records.languageVersions(round.documentId)).find(
      (d) => d.language === offer.language,
    );
    if (!document)
      throw new Refusal(404, 'not_found', msg('languages.refusal.noLanguageVersion', { language: offer.language }));
    if (!(await this.#deps.versions.get(document.id, offer.versionId)))
      throw new Refusal(
        404,
        'not_found',
        msg('languages.refusal.noSavedVersion', { language: offer.language, id: offer.versionId }),
      );
    return { documentId: document.id };
  }

  /** Offers `language` in the round (once per language); answers every language the round offers. */
  async offer(
    round: Round,
    offer: { language: Locale; versionId: string },
    personId: string,
  ): Promise<RoundLanguage[]> {
    const { documentId } = await this.check(round, offer);
    const done = await this.#deps.store.offer({
      roundId: round.id,
      language: offer.language,
      documentId,
      versionId: offer.versionId,
      offeredBy: personId,
    });
    if (done === 'exists')
      throw new Refusal(409, 'language_offered', msg('languages.refusal.alreadyOffered', { language: offer.language }));
    return this.list(round);
  }

  /** The round's own language first, then the languages offered, in the order they were. */
  async list(round: Round): Promise<RoundLanguage[]> {
    const own = await this.#deps.versions.get(round.documentId, round.versionId);
    const languages: RoundLanguage[] = [];
    if (own)
      languages.push({
        language: await this.#ownLanguage(round),
        documentId: round.documentId,
        versionId: round.versionId,
        title: own.version.title,
        name: own.version.name,
        original: true,
      });
    for (const offered of await this.#deps.store.offered(round.id)) {
      const stored = await this.#deps.versions.get(offered.documentId, offered.versionId);
      if (!stored) continue;
      languages.push({
        language: offered.language,
        documentId: offered.documentId,
        versionId: offered.versionId,
        title: stored.version.title,
        name: stored.version.name,
        original: false,
      });
    }
    return languages;
  }

  /**
   * The round's text in `language` (its own when absent or its own language); a 404 for a
   * language it does not offer. Paragraphs carry the round's own version's numbers by block id.
   */
  async text(round: Round, language?: Locale): Promise<RoundText> {
    const own = await this.#deps.versions.get(round.documentId, round.versionId);
    if (!own) throw new Refusal(404, 'not_found', msg('errors.round.versionMissing'));
    const ownLanguage = await this.#ownLanguage(round);
    if (language === undefined || language === ownLanguage)
      return { language: ownLanguage, original: true, stored: own, paragraphs: own.blocks };
    const offered = (await this.#deps.store.offered(round.id)).find((o) => o.language === language);
    const stored = offered && (await this.#deps.versions.get(offered.documentId, offered.versionId));
    if (!stored) throw new Refusal(404, 'not_found', msg('languages.refusal.notOffered', { language }));
    const numbers = new Map(own.blocks.map((b) => [b.id, b] as const));
    const paragraphs = stored.blocks.map((block): ContentBlock => {
      const { label: _label, ...rest } = block;
      const shared = numbers.get(block.id);
      return shared && shared.number !== null
        ? { ...rest, number: shared.number, ...(shared.label === undefined ? {} : { label: shared.label }) }
        : { ...rest, number: null };
    });
    return { language, original: false, stored, paragraphs };
  }

  /** The language of the round's document (its own version's). */
  async #ownLanguage(round: Pick<Round, 'documentId'>): Promise<Locale> {
    return (await this.#deps.records.getDocument(round.documentId))?.language ?? 'en';
  }
}
