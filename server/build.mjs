/**
 * The production build: esbuild bundles the server, the CLI and the compaction worker into
 * server/dist/ as plain JavaScript, so a start loads three files instead of compiling hundreds
 * of TypeScript modules.
 *
 *   node server/build.mjs               build into server/dist/
 *   node server/build.mjs --if-changed  skip when server/dist/ was built from the same inputs
 *   node server/build.mjs --analyze     also print what each output file is made of
 *
 * Workspace packages and pure-JS dependencies are bundled (one copy of yjs, whoever imports
 * it); better-sqlite3 stays external because it loads a native addon relative to its own files.
 * The outputs sit at the same depth as server/src/, so `new URL('../../…', import.meta.url)`
 * (the root package.json, client/dist) resolves the same from both.
 *
 * Each file is written beside its target and renamed over it, and the inputs' hash last, so a
 * test run spawning `node server/dist/main.js` while another run rebuilds never reads half a file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { analyzeMetafile, build } from 'esbuild';

const serverDir = import.meta.dirname;
const repoRoot = resolve(serverDir, '..');
const outDir = join(serverDir, 'dist');
const hashFile = join(outDir, 'inputs.sha256');

/** Entry points, by output name. */
const entryPoints = {
  main: join(serverDir, 'src/main.ts'),
  cli: join(serverDir, 'src/cli/main.ts'),
  'compaction-worker': join(serverDir, 'src/storage/sqlite/compaction-worker.ts'),
};

/** Packages loaded from node_modules at run time: native addons and what finds files next to itself. */
const external = ['better-sqlite3'];

/** A hash of everything the bundle is made from: the sources it can include, this script, the manifests and lockfile. */
export function inputsHash() {
  const hash = createHash('sha256');
  const add = (path) => hash.update(relative(repoRoot, path)).update('\0').update(readFileSync(path)).update('\0');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.test.ts')) add(path);
    }
  };
  walk(join(serverDir, 'src'));
  for (const pkg of readdirSync(join(repoRoot, 'packages')).sort()) {
    const src = join(repoRoot, 'packages', pkg, 'src');
    try {
      walk(src);
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  for (const file of ['server/build.mjs', 'server/package.json', 'package.json', 'pnpm-lock.yaml'])
    add(join(repoRoot, file));
  return hash.digest('hex');
}

/** Whether server/dist/ was built from the inputs as they are now. */
export function isBuildCurrent(hash = inputsHash()) {
  try {
    return readFileSync(hashFile, 'utf8').trim() === hash;
  } catch {
    return false;
  }
}

/**
 * Builds server/dist/ (unless `ifChanged` and it is current); resolves to what it did. One build
 * at a time per checkout: two test projects' setups asking at once build once.
 */
export async function buildServer({ ifChanged = false, analyze = false } = {}) {
  return withBuildLock(async () => {
    const hash = inputsHash();
    if (ifChanged && isBuildCurrent(hash)) return { built: false, outDir };
    return { built: true, outDir, bytes: await buildInto(hash, analyze) };
  });
}

/** A build takes seconds; a lock this old was left by a killed build. */
const STALE_LOCK_MS = 2 * 60 * 1000;

async function withBuildLock(work) {
  const lock = join(outDir, '.build-lock');
  mkdirSync(outDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    try {
      if (statSync(lock).mtimeMs < Date.now() - STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Released between our two looks: try again.
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Bundles into server/dist/; resolves to the bytes written. */
async function buildInto(hash, analyze) {
  const result = await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Modules behind `await import()` (docx for exports, nodemailer for SMTP) become chunks
    // loaded on first use; code the entry points share is one chunk, not a copy in each.
    // Chunks sit beside the entry points, not in a folder: a module's `new URL('../../…',
    // import.meta.url)` must resolve the same from whichever file it lands in.
    splitting: true,
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    // Less to parse at every start. Identifiers keep their names so that a logged stack trace
    // is readable without the source maps (node --enable-source-maps maps it to the .ts lines).
    minifyWhitespace: true,
    minifySyntax: true,
    // Lexical's production build: its default entry loads both the development and the production one.
    conditions: ['production'],
    external,
    // CommonJS dependencies bundled into ESM call require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __accordCreateRequire } from 'node:module';\nconst require = __accordCreateRequire(import.meta.url);",
    },
    legalComments: 'linked',
    logLevel: 'warning',
    write: false,
    metafile: true,
  });
  if (analyze) console.log(await analyzeMetafile(result.metafile));
  mkdirSync(outDir, { recursive: true });
  // Chunks before the entry points that import them: a server starting meanwhile finds either
  // the old entry with its old chunks (kept for a day) or the new one with its new chunks.
  const chunksFirst = [...result.outputFiles].sort((a, b) => Number(isEntry(a.path)) - Number(isEntry(b.path)));
  for (const file of chunksFirst) writeAtomically(file.path, file.contents);
  writeAtomically(hashFile, `${hash}\n`);
  pruneChunks(new Set(result.outputFiles.map((f) => f.path)));
  return result.outputFiles.reduce((sum, f) => sum + f.contents.length, 0);
}

/** The entry points' own files (`main.js`, `main.js.map`…), which every build rewrites in place. */
const isEntry = (path) => Object.keys(entryPoints).some((name) => basename(path).startsWith(`${name}.js`));

/**
 * Chunks are named by their content, so earlier builds' chunks pile up. A server started from
 * an earlier build may still load one on first use, so only those a day old go.
 */
function pruneChunks(current) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    const path = join(outDir, entry.name);
    if (!entry.isFile() || !/\.js(\.map|\.LEGAL\.txt)?$/.test(entry.name) || isEntry(path) || current.has(path))
      continue;
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
  }
}

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const started = performance.now();
  try {
    const { built, bytes } = await buildServer({
      ifChanged: process.argv.includes('--if-changed'),
      analyze: process.argv.includes('--analyze'),
    });
    const where = relative(process.cwd(), outDir) || '.';
    console.log(
      built
        ? `server built into ${where} (${(bytes / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`
        : `server build in ${where} is up to date`,
    );
  } catch (error) {
    console.error(`the server build failed: ${error.message ?? error}\nFix the errors above and run it again.`);
    process.exit(1);
  }
}
