/**
 * What the endorsement, the exports and the register read of the compilation (slices A and B
 * of issue 14), as small interfaces: accord.ts passes the real stores, tests may pass their own.
 */
import type { AnnexEntry, BlockSource, CitedSource, ContributionKind, Divergence } from '@accord/schema';

export type { AnnexEntry, CitedSource };

/** Slice B's store (`SqlCompilationStore`): sources by block id and the catalogued divergences. */
export interface CompilationReads {
  sourcesOf(documentId: string): Promise<ReadonlyMap<string, readonly BlockSource[]>>;
  divergencesOf(documentId: string): Promise<readonly Divergence[]>;
}

/** Slice A's store (`SqlCallStore`): a document's calls and their contributions. */
export interface ContributionReads {
  callsOfDocument(documentId: string): Promise<readonly { id: string }[]>;
  contributionsOfCall(callId: string): Promise<
    readonly {
      id: string;
      title: string;
      organisation: string;
      kind: ContributionKind;
      country: string;
      submittedAt: string;
    }[]
  >;
}

/**
 * What an export adds to a compilation's text: each block's sources (footnotes), the annex,
 * and the endorsement stamp. Absent (or empty) for other documents: their exports are unchanged.
 */
export interface CompilationExtras {
  sources: Readonly<Record<string, readonly CitedSource[]>>;
  annex: readonly AnnexEntry[];
  /** ISO instant the version was endorsed by silence procedure. */
  endorsedAt?: string | undefined;
  /** The line under the title instead of the version's ("Live document as of …"). */
  caption?: string | undefined;
}

/** Whether extras change anything in an export. */
export const hasExtras = (extras: CompilationExtras | undefined): extras is CompilationExtras =>
  extras !== undefined &&
  (extras.annex.length > 0 || Object.keys(extras.sources).length > 0 || extras.endorsedAt !== undefined);
