/**
 * A call's pillar ids: given ones are kept (and must be unique), missing ones are made from
 * the title as a slug, made unique within the call with -2, -3….
 */
import type { Pillar } from '@accord/schema';

/** A slug of 1–40 characters from a title (`Access & inclusion` → `access-inclusion`). */
export function slug(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32)
    .replace(/-+$/, '');
  return base || 'pillar';
}

/** Two pillars given the same id. */
export class DuplicatePillar extends Error {
  override name = 'DuplicatePillar';
  constructor(readonly id: string) {
    super(`two pillars have the id ${JSON.stringify(id)}; give each its own`);
  }
}

/** The pillars with an id each; throws {@link DuplicatePillar} when two given ids are equal. */
export function pillarIds(pillars: readonly (Omit<Pillar, 'id'> & { id?: string | undefined })[]): Pillar[] {
  const given = pillars.flatMap((p) => (p.id === undefined ? [] : [p.id]));
  const duplicate = given.find((id, i) => given.indexOf(id) !== i);
  if (duplicate !== undefined) throw new DuplicatePillar(duplicate);
  const taken = new Set(given);
  return pillars.map((p) => {
    if (p.id !== undefined) return { id: p.id, title: p.title, question: p.question };
    const base = slug(p.title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { id, title: p.title, question: p.question };
  });
}
