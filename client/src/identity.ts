/**
 * How a person appears to the others: their name (from the server, which also stamps it on
 * their presence so nobody can pose as someone else) and a colour for their avatar and caret,
 * derived from their id so it is the same on every screen and in every session.
 */
import type { Person } from '@accord/schema';

export interface Identity {
  name: string;
  color: string;
}

/** Distinguishable on white, readable with white initials, and calm enough for a long session. */
export const PALETTE: ReadonlyArray<{ color: string; label: string }> = [
  { color: '#2563eb', label: 'Blue' },
  { color: '#0f766e', label: 'Teal' },
  { color: '#15803d', label: 'Green' },
  { color: '#b45309', label: 'Amber' },
  { color: '#c2410c', label: 'Orange' },
  { color: '#be123c', label: 'Rose' },
  { color: '#9333ea', label: 'Purple' },
  { color: '#4f46e5', label: 'Indigo' },
];

/** A stable palette colour for an id (FNV-1a: cheap, and spreads similar ids apart). */
export function colorFor(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return PALETTE[(hash >>> 0) % PALETTE.length]!.color;
}

/** The name and colour that label a person's caret and avatar. */
export const identityOf = (person: Pick<Person, 'id' | 'name'>): Identity => ({
  name: person.name,
  color: colorFor(person.id),
});

/** "Ana María López" → "AL"; one word → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return Array.from(words[0]!).slice(0, 2).join('').toUpperCase();
  return (Array.from(words[0]!)[0]! + Array.from(words[words.length - 1]!)[0]!).toUpperCase();
}
