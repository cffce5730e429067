/**
 * "Editing / Suggesting" in the toolbar: two buttons, the current one pressed (aria-pressed),
 * reachable by Tab, the shortcut in their tooltips. Locked (a contributor, or the document's
 * setting for members) it shows the mode it is held in and one line saying why.
 */
import { describe, type Shortcut } from '../editor/shortcuts.js';
import type { EditMode, ModeState } from './mode.js';

/** Switches between editing and suggesting (when the person may choose). */
export const MODE_SHORTCUT: Shortcut = { code: 'KeyS', mod: true, alt: true };

const LABELS: Record<EditMode, string> = { editing: 'Editing', suggesting: 'Suggesting' };
const HINTS: Record<EditMode, string> = {
  editing: 'Your changes go straight into the text',
  suggesting: 'Your changes become suggestions that others accept or reject',
};

export function ModeToggle({
  state,
  disabled,
  onChoose,
}: {
  state: ModeState;
  disabled: boolean;
  onChoose: (mode: EditMode) => void;
}) {
  const { mode, locked, why } = state;
  if (mode === null) return null;
  const shortcut = describe(MODE_SHORTCUT);
  return (
    <div className="mode-toggle">
      <fieldset className="mode-choices" aria-describedby={why ? 'mode-why' : undefined}>
        <legend className="visually-hidden">Editing mode</legend>
        {(['editing', 'suggesting'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            data-mode={choice}
            aria-pressed={mode === choice}
            aria-keyshortcuts={locked ? undefined : describe(MODE_SHORTCUT, 'aria')}
            title={locked ? (why ?? HINTS[choice]) : `${HINTS[choice]} (switch: ${shortcut})`}
            // Locked: the held mode stays readable; the other cannot be chosen.
            disabled={disabled || (locked && mode !== choice)}
            aria-disabled={locked || undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => !locked && onChoose(choice)}
          >
            {LABELS[choice]}
          </button>
        ))}
      </fieldset>
      {why && (
        <span id="mode-why" className="mode-why">
          {why}
        </span>
      )}
    </div>
  );
}
