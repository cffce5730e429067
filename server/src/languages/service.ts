/**
 * Language versions of a document (issue 15): making one from the original (its text copied
 * or empty, under the original's block ids), the family of an original and its versions, the
 * alignment of a version with its original, marking a paragraph up to date, and syncing a
 * version's paragraphs with the original's through the room's pipeline on the caller's behalf.
 * Who may do what is decided before, by the routes through the Gate.
 */
import { NATIVE_NAMES } from '@accord/i18n';
import type {
  Alignment,
  AlignmentSynced,
  BaselineParagraph,
  DocumentRecord,
  LanguageFamily,
  LanguageVersion,
  Locale,
  PersonShown,
} from '@accord/schema';
import { titleWithSuffix } from '@accord/schema';
import type { LiveEdit } from '../content/live-edit.js';
import type { LiveState } from '../content/live-state.js';
import { OnBehalfOf } from '../extensions/on-behalf-of.js';
import { msg, notFound, Refusal } from '../refusal.js';
import { newId } from '../storage/ids.js';
import type { DocumentStore, RecordStore } from '../storage/types.js';
import { align, progress } from './alignment.js';
import { $syncWithOriginal, originalBlocks, versionState, type Start } from './content.js';
import type { SqlLanguageStore } from './store.js';
import { blockTexts, originalParagraphs, sharedNumbers, type OriginalParagraph } from './texts.js';
import { SYNC_ACTION } from './tracking.js';

export interface LanguageServiceDeps {
  store: SqlLanguageStore;
  records: RecordStore;
  documents: DocumentStore;
  liveState: LiveState;
  liveEdit: LiveEdit;
  /** A document's frozen numbering, if any: the original's labels ("4bis") are the version's too. */
  baseline: (documentId: string) => Promise<readonly BaselineParagraph[] | undefined>;
  people: { peopleByIds(ids: Iterable<string>): Promise<Map<string, PersonShown>> };
  /** Resolves once the tracking extension recorded what was stored of a version (reads wait for it). */
  recorded?: ((documentId: string) => Promise<void>) | undefined;
}

export class LanguageService {
  readonly #deps: LanguageServiceDeps;

  constructor(deps: LanguageServiceDeps) {
    this.#deps = deps;
  }

  /**
   * Makes the `language` version of `original`: a document in its workspace, open to its
   * audience, whose blocks are the original's under the same ids, with the original's text or
   * empty. Its content is written as stored content before anyone can open it, so nothing of it
   * counts as translated. Refused: a version of a version, the original's own language, a
   * second version in one language.
   */
  async create(
    original: DocumentRecord,
    personId: string,
    body: { language: Locale; start: Start; title?: string | undefined },
  ): Promise<LanguageVersion> {
    if (original.originalId !== null) throw new Refusal(409, 'not_an_original', msg('languages.refusal.notAnOriginal'));
    if (body.language === original.language)
      throw new Refusal(409, 'same_language', msg('languages.refusal.sameLanguage', { language: original.language }));
    const suffix = ` (${NATIVE_NAMES[body.language]})`;
    const title = body.title ?? titleWithSuffix(original.title, suffix);
    const originalState = await this.#deps.liveState(original.id);
    const state = versionState(originalState, body.start);
    const id = newId();
    const made = await this.#deps.store.create({
      id,
      original,
      language: body.language,
      title,
      start: body.start,
      createdBy: personId,
    });
    if (made === 'exists')
      throw new Refusal(409, 'language_exists', msg('languages.refusal.exists', { language: body.language }));
    // Nobody can have the new document open yet: stored as its first content, as the seed and new drafts are.
    await this.#deps.documents.append(id, [state]);
    const people = await this.#deps.people.peopleByIds([personId]);
    return {
      documentId: id,
      language: body.language,
      title,
      createdAt: made.createdAt,
      createdBy: people.get(personId) ?? null,
      translated: 0,
      total: originalParagraphs(originalState).filter((p) => p.number !== null).length,
    };
  }

  /** The original of `document` (itself when it is one), or a 404 when its record is gone. */
  async originalOf(document: DocumentRecord): Promise<DocumentRecord> {
    if (document.originalId === null) return document;
    const original = await this.#deps.records.getDocument(document.originalId);
    if (!original) throw new Refusal(404, 'not_found', msg('languages.refusal.originalGone'));
    return original;
  }

  /** The original and its versions; `canRead` leaves out what the caller may not read. */
  async family(document: DocumentRecord, canRead: (d: DocumentRecord) => Promise<boolean>): Promise<LanguageFamily> {
    const original = await this.originalOf(document);
    const versions: DocumentRecord[] = [];
    for (const v of await this.#deps.records.languageVersions(original.id)) if (await canRead(v)) versions.push(v);
    const made = await this.#deps.store.made(versions.map((v) => v.id));
    const people = await this.#deps.people.peopleByIds([...made.values()].map((m) => m.createdBy));
    const paragraphs = await this.#original(original);
    const listed: LanguageVersion[] = [];
    for (const v of versions) {
      const { translated, total } = progress(await this.#align(v, paragraphs, new Map()));
      const m = made.get(v.id);
      listed.push({
        documentId: v.id,
        language: v.language,
        title: v.title,
        createdAt: m?.createdAt ?? v.createdAt,
        createdBy: (m && people.get(m.createdBy)) ?? null,
        translated,
        total,
      });
    }
    return {
      original: (await canRead(original))
        ? { documentId: original.id, language: original.language, title: original.title }
        : null,
      versions: listed,
    };
  }

  /** A version against its original, paragraph by paragraph. */
  async alignment(version: DocumentRecord, original: DocumentRecord): Promise<Alignment> {
    const paragraphs = await this.#original(original);
    const aligned = await this.#align(version, paragraphs);
    return {
      documentId: version.id,
      originalId: original.id,
      language: version.language,
      originalLanguage: original.language,
      paragraphs: aligned,
    };
  }

  /** Marks a paragraph of the version up to date with the original's text now, without editing it. */
  async markTranslated(
    version: DocumentRecord,
    original: DocumentRecord,
    blockId: string,
    personId: string,
  ): Promise<Alignment> {
    const text = blockTexts(await this.#deps.liveState(original.id)).get(blockId)?.text;
    if (text === undefined) throw notFound('paragraph', blockId);
    if (!blockTexts(await this.#deps.liveState(version.id)).has(blockId))
      throw new Refusal(409, 'paragraph_missing', msg('languages.refusal.paragraphMissing'));
    // A change of the paragraph stored just before is recorded first, so this mark is the latest.
    await this.#deps.recorded?.(version.id);
    await this.#deps.store.translated(version.id, [{ blockId, originalText: text, personId }]);
    return this.alignment(version, original);
  }

  /**
   * Adds the original's paragraphs the version lacks (empty, or with the original's text) and
   * removes the version's paragraphs the original no longer has, as one edit on the caller's
   * behalf: stored, relayed and attributed like any edit, and not counted as translating.
   */
  async sync(
    version: DocumentRecord,
    original: DocumentRecord,
    personId: string,
    start: Start,
  ): Promise<AlignmentSynced> {
    const blocks = originalBlocks(await this.#deps.liveState(original.id));
    const { added, removed } = await this.#deps.liveEdit(
      version.id,
      () => $syncWithOriginal(blocks, start),
      new OnBehalfOf(personId, SYNC_ACTION),
    );
    return { added, removed, alignment: await this.alignment(version, original) };
  }

  /**
   * For a language version: the original's numbers and labels by block id, which the version
   * shows for the same paragraphs (paragraphs the original lacks get none); undefined for an original.
   */
  async numbersOf(document: DocumentRecord): Promise<Map<string, { number: number; label: string }> | undefined> {
    if (document.originalId === null) return undefined;
    return sharedNumbers(await this.#original(await this.originalOf(document)));
  }

  /** The numbers and labels by block id every document of the family shows: the original's. */
  async originalNumbers(document: DocumentRecord): Promise<Map<string, { number: number; label: string }>> {
    return sharedNumbers(await this.#original(await this.originalOf(document)));
  }

  /** The original's paragraphs now, numbered as it shows them. */
  async #original(original: DocumentRecord): Promise<OriginalParagraph[]> {
    return originalParagraphs(await this.#deps.liveState(original.id), await this.#deps.baseline(original.id));
  }

  async #align(
    version: DocumentRecord,
    paragraphs: readonly OriginalParagraph[],
    people?: Map<string, PersonShown>,
  ): Promise<Alignment['paragraphs']> {
    await this.#deps.recorded?.(version.id);
    const texts = blockTexts(await this.#deps.liveState(version.id));
    const translations = await this.#deps.store.translations(version.id);
    const shown =
      people ?? (await this.#deps.people.peopleByIds([...translations.values()].map((t) => t.translatedBy)));
    return align(paragraphs, texts, translations, shown);
  }
}
