/** The loader hooks of module-log.mjs: they run on Node's hooks thread and only record. */
import { appendFileSync } from 'node:fs';

let file;

/** Receives the log file's path from `register`. */
export function initialize(data) {
  file = data?.file;
}

/** Resolves as Node would, and records the result. */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (file) appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
