import { describe, expect, it } from 'vitest';
import { layoutMargin } from './margin-layout.js';

const entries = (map: Map<string, number>) => Object.fromEntries(map);

describe('layoutMargin', () => {
  it('puts cards at their paragraph when there is room', () => {
    expect(
      entries(
        layoutMargin(
          [
            { id: 'a', top: 0, height: 50 },
            { id: 'b', top: 100, height: 50 },
          ],
          null,
        ),
      ),
    ).toEqual({ a: 0, b: 100 });
  });

  it('pushes overlapping cards down, in paragraph order', () => {
    expect(
      entries(
        layoutMargin(
          [
            { id: 'b', top: 20, height: 50 },
            { id: 'a', top: 10, height: 50 },
          ],
          null,
          10,
        ),
      ),
    ).toEqual({ a: 10, b: 70 });
  });

  it('keeps the active card beside its paragraph and moves the ones above up', () => {
    const items = [
      { id: 'a', top: 100, height: 60 },
      { id: 'b', top: 120, height: 60 },
      { id: 'c', top: 130, height: 60 },
    ];
    expect(entries(layoutMargin(items, 'b', 10))).toEqual({ a: 50, b: 120, c: 190 });
  });

  it('falls back to top-down when there is no room above', () => {
    const items = [
      { id: 'a', top: 0, height: 60 },
      { id: 'b', top: 20, height: 60 },
    ];
    expect(entries(layoutMargin(items, 'b', 10))).toEqual({ a: 0, b: 70 });
  });
});
