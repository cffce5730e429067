/**
 * Who is typing, until accounts arrive with their own issue: a display name and a colour,
 * remembered in localStorage so a reload does not ask again. Nothing here is trusted by the
 * server; it only labels the person's cursor and avatar for the others.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface Identity {
  name: string;
  color: string;
}

const STORAGE_KEY = 'accord.identity';

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

const listeners = new Set<() => void>();
let cached: { raw: string | null; identity: Identity | null } = { raw: null, identity: null };

function parse(raw: string | null): Identity | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Identity>;
    const name = typeof value.name === 'string' ? value.name.trim() : '';
    const color = typeof value.color === 'string' && /^#[0-9a-f]{6}$/i.test(value.color) ? value.color : PALETTE[0]!.color;
    return name ? { name: name.slice(0, 60), color } : null;
  } catch {
    return null;
  }
}

function read(): Identity | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies); then the name lasts one page view.
  }
  // useSyncExternalStore needs a stable snapshot: reparse only when the stored text changed.
  if (raw !== cached.raw) cached = { raw, identity: parse(raw) };
  return cached.identity;
}

export function saveIdentity(identity: Identity | null): void {
  try {
    if (identity) localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    cached = { raw: identity ? JSON.stringify(identity) : null, identity };
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab signing in or out updates this one too.
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useIdentity(): [Identity | null, (identity: Identity | null) => void] {
  const identity = useSyncExternalStore(subscribe, read, () => null);
  return [identity, useCallback((next: Identity | null) => saveIdentity(next), [])];
}

/** "Ana María López" → "AL"; one word → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return Array.from(words[0]!).slice(0, 2).join('').toUpperCase();
  return (Array.from(words[0]!)[0]! + Array.from(words[words.length - 1]!)[0]!).toUpperCase();
}
