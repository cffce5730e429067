import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from './placeholders.js';

describe('numberPlaceholders', () => {
  it('numbers placeholders in order', () => {
    expect(numberPlaceholders('SELECT a FROM t WHERE b = ? AND c IN (?, ?)')).toBe(
      'SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)',
    );
  });

  it('leaves question marks in literals, quoted names and comments', () => {
    expect(numberPlaceholders(`SELECT '?', 'it''s ?', "odd?" FROM t -- why?\nWHERE x = ? /* ? */ AND y = ?`)).toBe(
      `SELECT '?', 'it''s ?', "odd?" FROM t -- why?\nWHERE x = $1 /* ? */ AND y = $2`,
    );
  });

  it('leaves dollar-quoted function bodies alone', () => {
    expect(numberPlaceholders('CREATE FUNCTION f() AS $$ SELECT ? $$; SELECT ?')).toBe(
      'CREATE FUNCTION f() AS $$ SELECT ? $$; SELECT $1',
    );
  });
});
