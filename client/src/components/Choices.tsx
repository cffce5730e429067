/** A set of radio buttons under a legend, for a form's one-of-a-few choices. */
import type { ReactNode } from 'react';

/** One choice: its value, its label, and an optional line under the label. */
export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * `inline` lays the choices out in a row (short labels: positions, statuses); otherwise one per
 * line. Each label carries `data-value` so a stylesheet can colour a choice by its meaning.
 */
export function Choices<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  inline = false,
  disabled = false,
  className,
}: {
  legend: ReactNode;
  name: string;
  options: ReadonlyArray<Choice<T>>;
  value: T | null;
  onChange: (value: T) => void;
  inline?: boolean;
  disabled?: boolean;
  className?: string;
}) {
  const classes = ['choices', inline ? 'choices-inline' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset className={classes} disabled={disabled}>
      <legend className="field-label">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice" data-value={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span className="choice-text">
            {o.label}
            {o.hint && <span className="choice-hint">{o.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
