/**
 * `pnpm bench [scenario] [options]`: runs one benchmark scenario (default: fanout). Each
 * scenario is a module of this folder that runs when imported, prints its figures and
 * writes them to bench/results/ with {@link writeResults}.
 *
 *   pnpm bench                  the fan-out benchmark (fanout.ts)
 *   pnpm bench startup          start-up time and idle memory (startup.ts)
 *   pnpm bench scale-out        clients split across instances on PostgreSQL and Redis (scale-out.ts)
 *   pnpm bench all              every scenario, one after the other
 */
const scenarios = ['fanout', 'startup', 'idle-connections', 'crowd', 'cold-open', 'scale-out'] as const;

const args = process.argv.slice(2);
// `pnpm bench --quick` is the fan-out benchmark with its options.
const [scenarioName = 'fanout', ...rest] = args[0]?.startsWith('-') ? ['fanout', ...args] : args;
const chosen = scenarioName === 'all' ? scenarios : scenarios.filter((s) => s === scenarioName);
if (chosen.length === 0) {
  console.error(`no scenario "${scenarioName}"; choose one of: ${scenarios.join(', ')}, all`);
  process.exit(2);
}
// Scenarios read their own options from process.argv, as if run alone.
process.argv.splice(2, process.argv.length, ...rest);
for (const scenario of chosen) {
  console.log(`\n== ${scenario} ==`);
  await import(`./${scenario}.js`);
}
export {};
