/**
 * The header of the pages a person sees before signing in (sign-in, invitation): no breadcrumbs
 * or account, only the language switcher, so someone who lands in the wrong language can change
 * it before reading on.
 */
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.js';

export function PublicHeader() {
  return (
    <header className="public-header">
      <LanguageSwitcher />
    </header>
  );
}
