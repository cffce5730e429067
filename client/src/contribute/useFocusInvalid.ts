/**
 * After a refused submit, the focus goes to the first field marked invalid, so a person on a
 * phone (or a screen reader) lands on what to fix instead of hunting for it up the page.
 */
import { useEffect, type RefObject } from 'react';

export function useFocusInvalid(
  form: RefObject<HTMLFormElement | null>,
  errors: Readonly<Record<string, string>>,
): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[data-invalid] input')?.focus();
  }, [form, errors]);
}
