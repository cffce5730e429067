/**
 * Suggesting mode in the toolbar, as word processors show track changes: one toggle button,
 * "Suggesting", pressed while typing makes suggestions (aria-pressed), reachable by Tab, the
 * shortcut in its tooltip. Held (a contributor, or the document's setting for members) it
 * stays pressed, cannot be switched off, and one line under the toolbar says why.
 */
import { describe, type Shortcut } from '../editor/shortcuts.js';
import { useT } from '../i18n/useT.js';
import type { EditMode, ModeState } from './mode.js';

/** Switches between editing and suggesting (when the person may choose). */
export const MODE_SHORTCUT: Shortcut = { code: 'KeyS', mod: true, alt: true };

export function ModeToggle({
  state,
  disabled,
  onChoose,
}: {
  state: ModeState;
  disabled: boolean;
  onChoose: (mode: EditMode) => void;
}) {
  const t = useT();
  const { mode, locked } = state;
  if (mode === null) return null;
  const why = state.why && t(state.why);
  const suggesting = mode === 'suggesting';
  const title = locked
    ? (why ?? t('consensus.mode.locked'))
    : t(suggesting ? 'consensus.mode.suggestingTitle' : 'consensus.mode.editingTitle', {
        shortcut: describe(MODE_SHORTCUT),
      });
  return (
    <div className="mode-toggle">
      <button
        type="button"
        className="mode-button"
        aria-pressed={suggesting}
        aria-disabled={locked || undefined}
        aria-describedby={why ? 'mode-why' : undefined}
        aria-keyshortcuts={locked ? undefined : describe(MODE_SHORTCUT, 'aria')}
        title={title}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => !locked && onChoose(suggesting ? 'editing' : 'suggesting')}
      >
        {t('consensus.mode.suggesting')}
      </button>
      {why && (
        <span id="mode-why" className="mode-why">
          {why}
        </span>
      )}
    </div>
  );
}
