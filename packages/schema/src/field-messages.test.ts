import { describe, expect, it } from 'vitest';
import { atLeast, atMost, fieldMessage, readFieldMessage } from './field-messages.js';
import { CreateDocumentBody } from './document.js';

describe('field messages', () => {
  it('carry a catalog key and the values its sentence needs, and read back as such', () => {
    expect(fieldMessage('errors.field.empty')).toBe('errors.field.empty');
    expect(atMost(10_000)).toBe('errors.field.tooLong?max=10000');
    expect(readFieldMessage(atMost(10_000))).toEqual({ key: 'errors.field.tooLong', values: { max: 10_000 } });
    expect(readFieldMessage(atLeast(10))).toEqual({ key: 'errors.field.tooShort', values: { min: 10 } });
    expect(readFieldMessage('errors.field.oneLine')).toEqual({ key: 'errors.field.oneLine' });
  });

  it('leave every other message alone', () => {
    expect(readFieldMessage('Invalid input: expected string, received number')).toBeUndefined();
    expect(readFieldMessage('errors.http.invalidJson')).toBeUndefined();
  });

  it('are what a schema answers for its own checks', () => {
    const result = CreateDocumentBody.safeParse({ title: '' });
    expect(result.success).toBe(false);
    expect(readFieldMessage(result.error!.issues[0]!.message)).toEqual({ key: 'errors.field.empty' });
  });
});
