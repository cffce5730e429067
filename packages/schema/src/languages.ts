/**
 * The six languages as the API speaks of them (issue 15): a person's interface language, and
 * language versions of a document — linked documents whose paragraphs correspond one-to-one
 * to the original's by block id, so they share its paragraph numbers and its comments by paragraph.
 */
import { LOCALES } from '@accord/i18n';
import * as z from 'zod';
import { BlockId, CommentThread } from './comments.js';
import { DocumentTitle } from './document.js';
import { PersonShown } from './identity.js';
import { Id } from './ids.js';

/** One of the six UN languages: `ar`, `zh`, `en`, `fr`, `ru`, `es`. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Body of `PUT /api/session/locale`: the interface language to remember for the signed-in person; null forgets it. */
export const SetLocaleBody = z.object({ locale: Locale.nullable() }).strict();
export type SetLocaleBody = z.infer<typeof SetLocaleBody>;

/** One language version of a document, as the family lists it. */
export const LanguageVersion = z.object({
  documentId: Id,
  language: Locale,
  title: z.string(),
  createdAt: z.string(),
  createdBy: PersonShown.nullable(),
  /** Paragraphs of the original whose translation is up to date, of all numbered ones. */
  translated: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type LanguageVersion = z.infer<typeof LanguageVersion>;

/**
 * `GET /api/documents/:id/languages`, for the original or any of its versions: the original
 * (its language) and every language version of it — only those the caller may read (a version
 * is made open to the original's audience; `original` is null should the caller not be in it).
 */
export const LanguageFamily = z.object({
  original: z.object({ documentId: Id, language: Locale, title: z.string() }).nullable(),
  versions: z.array(LanguageVersion),
});
export type LanguageFamily = z.infer<typeof LanguageFamily>;

/**
 * Body of `POST /api/documents/:id/languages` (`translation.manage` on the original): a new
 * language version, starting from the original's text (to be translated over) or empty.
 */
export const CreateLanguageVersionBody = z
  .object({
    language: Locale,
    start: z.enum(['original', 'empty']).default('original'),
    title: DocumentTitle.optional(),
  })
  .strict();
export type CreateLanguageVersionBody = z.input<typeof CreateLanguageVersionBody>;

/**
 * Where one paragraph of a language version stands against its original:
 * - `translated`: translated since the original's text last changed;
 * - `original-changed`: the original changed after it was translated;
 * - `untranslated`: never translated (empty, or still the original's text as copied);
 * - `missing`: the original has the paragraph, the version does not (added since).
 */
export const AlignmentStatus = z.enum(['translated', 'original-changed', 'untranslated', 'missing']);
export type AlignmentStatus = z.infer<typeof AlignmentStatus>;

/** One paragraph of the original beside its counterpart in a language version. */
export const AlignedParagraph = z.object({
  blockId: BlockId,
  /** The original's number and label ("4", "4bis"), which the version shares. */
  number: z.number().int().positive().nullable(),
  label: z.string().optional(),
  original: z.string(),
  translation: z.string().nullable(),
  status: AlignmentStatus,
  /** When and by whom the paragraph was last translated (edited in the version, or marked up to date). */
  translatedAt: z.string().nullable(),
  translatedBy: PersonShown.nullable(),
  /** The original's text when it was translated, to show what changed since; null if never translated. */
  originalWhenTranslated: z.string().nullable(),
});
export type AlignedParagraph = z.infer<typeof AlignedParagraph>;

/** `GET /api/documents/:id/alignment` for a language version: its paragraphs against the original's, in the original's order. */
export const Alignment = z.object({
  documentId: Id,
  originalId: Id,
  language: Locale,
  originalLanguage: Locale,
  paragraphs: z.array(AlignedParagraph),
});
export type Alignment = z.infer<typeof Alignment>;

/** Body of `POST /api/documents/:id/alignment/sync` (`document.edit` on the version): what paragraphs added to the original start from. */
export const SyncAlignmentBody = z.object({ start: z.enum(['original', 'empty']).default('empty') }).strict();
export type SyncAlignmentBody = z.input<typeof SyncAlignmentBody>;

/**
 * What a sync did to the version, made on the caller's behalf like any edit: the original's
 * paragraphs it lacked, added in their place, and its paragraphs the original no longer has,
 * removed (block ids); then the alignment as it stands.
 */
export const AlignmentSynced = z.object({
  added: z.array(BlockId),
  removed: z.array(BlockId),
  alignment: Alignment,
});
export type AlignmentSynced = z.infer<typeof AlignmentSynced>;

/** A comment thread of one document of a language family, with that document's language. */
export const FamilyThread = CommentThread.extend({ language: Locale });
export type FamilyThread = z.infer<typeof FamilyThread>;

/**
 * `GET /api/documents/:id/paragraphs/:blockId/threads?languages=all|this`: the threads on one
 * paragraph — in every language of the document's family the caller may read (`all`, the
 * default), or in this document only — numbered as the original numbers the paragraph, since
 * a comment on ¶7 in French and one on ¶7 in English are about the same paragraph.
 */
export const ParagraphThreads = z.object({
  blockId: BlockId,
  number: z.number().int().positive().nullable(),
  label: z.string().optional(),
  threads: z.array(FamilyThread),
});
export type ParagraphThreads = z.infer<typeof ParagraphThreads>;

/** A language a consultation round offers its text in: the original's own version, or a language version's saved version. */
export const RoundLanguage = z.object({
  language: Locale,
  /** The document the text is of: the round's document, or one of its language versions. */
  documentId: Id,
  versionId: Id,
  /** The document's title and the version's name as saved. */
  title: z.string(),
  name: z.string(),
  /** Whether this is the round's own version (the original's). */
  original: z.boolean(),
});
export type RoundLanguage = z.infer<typeof RoundLanguage>;

/**
 * Body of `POST /api/rounds/:roundId/languages` (`translation.manage` on the round's document),
 * also an entry of `languages` when opening a round: offer the saved version `versionId` of the
 * document's `language` version beside the round's own, until the round closes. Once per language.
 */
export const OfferRoundLanguageBody = z.object({ language: Locale, versionId: Id }).strict();
export type OfferRoundLanguageBody = z.input<typeof OfferRoundLanguageBody>;

/** `GET /api/rounds/:roundId/languages` and the answer of offering one: the round's own language first. */
export const RoundLanguageList = z.object({ languages: z.array(RoundLanguage) });
export type RoundLanguageList = z.infer<typeof RoundLanguageList>;
