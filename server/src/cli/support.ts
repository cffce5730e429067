/** What every `accord` command shares: the usage error, stdout lines, required flags. */

/** A mistake in the command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** One line to stdout; scripts read the last one. */
export const out = (line: string): void => {
  process.stdout.write(line + '\n');
};

/** The flag's value, or a UsageError naming it. */
export function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`missing ${flag}`);
  return value;
}
