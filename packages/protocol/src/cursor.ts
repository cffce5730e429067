/**
 * The cursor fields of a presence state, checked before they reach anyone's editor.
 * `@lexical/yjs` publishes `anchorPos` / `focusPos` as Yjs relative positions serialised as
 * JSON (`{ type, tname, item, assoc }`, each id `{ client, clock }`), and every peer feeds
 * them straight into `Y.createAbsolutePositionFromRelativePosition`, which throws on anything
 * else (`{}` has an `item` that is not `null`, so it reads `undefined.client`). A cursor that
 * is not of that shape would break every open editor, so it is replaced by "no cursor".
 */

/** A Yjs id as JSON. */
export interface IdJson {
  client: number;
  clock: number;
}

/** A Yjs relative position as JSON, with every field present (what `@lexical/yjs` reads). */
export interface CursorPositionJson {
  type: IdJson | null;
  tname: string | null;
  item: IdJson | null;
  assoc: number;
}

/** The only root type `@lexical/yjs` binds, and so the only name its cursors carry. */
export const CURSOR_ROOT_NAME = 'root';
const KEYS = new Set(['type', 'tname', 'item', 'assoc']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function idOf(value: unknown): IdJson | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !isCount(value.client) || !isCount(value.clock)) return undefined;
  return { client: value.client, clock: value.clock };
}

/**
 * A relative position in the form `@lexical/yjs` reads, or `undefined` when `value` is not one.
 * Accepts both the serialised class (every key, `null` where unset) and `Y.relativePositionToJSON`'s
 * form (unset keys left out), completed with `null`s: Lexical tests `item !== null`, so a missing
 * key would throw in its readers. The position must point somewhere (an item, the root, or a type
 * id), `assoc` is an integer, and nothing else is allowed in it.
 */
export function cursorPosition(value: unknown): CursorPositionJson | undefined {
  if (!isRecord(value)) return undefined;
  for (const key of Object.keys(value)) if (!KEYS.has(key)) return undefined;
  const type = idOf(value.type);
  const item = idOf(value.item);
  if (type === undefined || item === undefined) return undefined;
  const tname = value.tname ?? null;
  if (tname !== null && tname !== CURSOR_ROOT_NAME) return undefined;
  const assoc = value.assoc ?? 0;
  if (typeof assoc !== 'number' || !Number.isSafeInteger(assoc)) return undefined;
  if (item === null && tname === null && type === null) return undefined;
  return { type, tname, item, assoc };
}

/** The two cursor fields Lexical's collaboration cursor publishes. */
export const CURSOR_FIELDS = ['anchorPos', 'focusPos'] as const;

/**
 * The state with its cursor checked: when it has either cursor field, both must be `null` or a
 * {@link cursorPosition} (then written in Lexical's complete form); otherwise both become `null`
 * ("no selection"), since Lexical reads them as a pair and a missing one would throw too. The
 * rest of the state is kept; the state given is not changed.
 */
export function checkCursor(state: Record<string, unknown>): Record<string, unknown> {
  if (!CURSOR_FIELDS.some((field) => field in state)) return state;
  const checked: Partial<Record<(typeof CURSOR_FIELDS)[number], CursorPositionJson | null>> = {};
  for (const field of CURSOR_FIELDS) {
    const value = state[field];
    const position = value === null ? null : cursorPosition(value);
    if (position === undefined) return { ...state, anchorPos: null, focusPos: null };
    checked[field] = position;
  }
  return { ...state, ...checked };
}
