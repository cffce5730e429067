/**
 * How public comments are read: the columns, the order they were written in, and their
 * shapes for the public and for coordinators (the round store's read paths share them).
 */
import type {
  Locale,
  ModeratedComment,
  PublicComment,
  PublicCommentAnchor,
  PublicCommentStatus,
  ShowOnly,
} from '@accord/schema';

/** A comment row joined with its participant. */
export interface CommentRow {
  id: string;
  round_id: string;
  participant_id: string;
  anchor: string;
  text: string;
  status: PublicCommentStatus;
  hidden_reason: string | null;
  flagged_at: string | null;
  created_at: string;
  name: string;
  stakeholder_group: string;
  country: string;
  show_only: ShowOnly;
  /** The language version it was made on (issue 15); null for the round's own version. */
  language: Locale | null;
}

// Held comments (an unconfirmed session's) are left out here, so no read path can show them.
export const COMMENT_SELECT = `SELECT c.id, c.round_id, c.participant_id, c.anchor, c.text, c.status, c.hidden_reason, c.flagged_at, c.created_at,
    c.language, p.name, p.stakeholder_group, p.country, p.show_only
  FROM public_comments c JOIN participants p ON p.id = c.participant_id`;

/**
 * A round's comments in the order they were written. created_at alone ties within a
 * millisecond (and under a test's stopped clock); SQLite's rowid broke ties before, PostgreSQL
 * has none, so the tie-breaker is the seq of the comment's own 'comment' event, written in the
 * same transaction. Bind the round id once; append `AND …` conditions, then {@link IN_ORDER}.
 */
export const ROUND_COMMENTS = `${COMMENT_SELECT}
  LEFT JOIN round_events e ON e.round_id = c.round_id AND e.comment_id = c.id AND e.action = 'comment'
  WHERE c.held_by IS NULL AND c.round_id = ?`;
/** Oldest first, as written (see {@link ROUND_COMMENTS}). */
export const IN_ORDER = 'ORDER BY c.created_at, COALESCE(e.seq, 0), c.id';

/** The author as the participant chose to be shown: the group always, name and country unless group-only. */
export function toPublic(row: CommentRow): PublicComment {
  const named = row.show_only === 'name-and-group';
  return {
    id: row.id,
    roundId: row.round_id,
    anchor: JSON.parse(row.anchor) as PublicCommentAnchor,
    text: row.text,
    author: {
      ...(named ? { name: row.name } : {}),
      stakeholderGroup: row.stakeholder_group,
      ...(named ? { country: row.country } : {}),
    },
    createdAt: row.created_at,
    ...(row.language ? { language: row.language } : {}),
  };
}

/** A comment with its moderation state, for coordinators. */
export function toModerated(row: CommentRow): ModeratedComment {
  return {
    ...toPublic(row),
    status: row.status,
    ...(row.hidden_reason ? { hiddenReason: row.hidden_reason } : {}),
    flagged: row.flagged_at !== null,
  };
}
