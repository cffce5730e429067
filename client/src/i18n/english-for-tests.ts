/**
 * Setup of the client's unit tests: code outside components words things through the page's
 * current `IntlShape` (current.ts), which the provider sets in the page. Tests run without the
 * provider, so they get English (the catalog the existing assertions are written in); a test
 * about another language sets its own with `setCurrentIntl`.
 */
import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { beforeEach } from 'vitest';
import { setCurrentIntl } from './current.js';

const english = createIntl({ locale: 'en', messages: catalogs.en });

beforeEach(() => setCurrentIntl(english));
