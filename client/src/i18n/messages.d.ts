/** react-intl checks message ids against the English catalog: a key missing there does not compile. */
import type { MessageKey } from '@accord/i18n';

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageKey;
    }
  }
}
