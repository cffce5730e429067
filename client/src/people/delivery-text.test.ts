import { describe, expect, it } from 'vitest';
import { deliveryText } from './delivery-text.js';

describe('deliveryText', () => {
  it('says where the mail went, and what to do when it did not', () => {
    expect(deliveryText({ email: 'a@example.org', delivery: 'smtp' })).toBe(
      'The invitation link was mailed to a@example.org.',
    );
    expect(deliveryText({ email: 'a@example.org', delivery: 'outbox' })).toMatch(/ACCORD_SMTP_URL.*outbox and log/);
    expect(deliveryText({ email: 'a@example.org', delivery: 'failed' })).toMatch(/could not be sent.*Revoke/);
  });
});
