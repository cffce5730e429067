import { catalogs } from '@accord/i18n/all';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentIntl } from '../i18n/current.js';
import { deliveryText } from './delivery-text.js';

afterEach(() => setCurrentIntl(createIntl({ locale: 'en', messages: catalogs.en })));

describe('deliveryText', () => {
  it('says where the mail went, and what to do when it did not', () => {
    expect(deliveryText({ email: 'a@example.org', delivery: 'smtp' })).toBe(
      'The invitation link was mailed to a@example.org.',
    );
    expect(deliveryText({ email: 'a@example.org', delivery: 'outbox' })).toMatch(/ACCORD_SMTP_URL.*outbox and log/);
    expect(deliveryText({ email: 'a@example.org', delivery: 'failed' })).toMatch(/could not be sent.*Revoke/);
  });
});

describe('deliveryText in the page’s language', () => {
  it('says it in French, the address as given', () => {
    setCurrentIntl(createIntl({ locale: 'fr', messages: catalogs.fr }));
    expect(deliveryText({ email: 'a@example.org', delivery: 'smtp' })).toBe(
      'Le lien d’invitation a été envoyé par courriel à a@example.org.',
    );
  });
});
