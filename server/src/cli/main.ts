/**
 * `accord`: admin jobs that need no running server. It opens the same storage as the server,
 * from the same environment: the SQLite file in ACCORD_DATA_DIR (WAL lets both work at once)
 * or the PostgreSQL database of ACCORD_DATABASE_URL. Output meant for scripts goes to stdout,
 * last line first in importance: `doc create` ends with the new id, `backup` with the file written.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { CreateDocumentBody, DocumentKind, Id } from '@accord/schema';
import { ConfigError, loadConfig } from '../config.js';
import { englishIssue } from '../i18n/zod.js';
import { createLogger } from '../logger.js';
import { openStorage, type Storage } from '../storage/open.js';
import { SqliteSql } from '../storage/sql/sqlite.js';
import { newId } from '../storage/ids.js';
import { identityCommands, identityUsage, runIdentityCommand } from './commands/identity.js';
import { UsageError, out, required } from './support.js';

const usage = `Usage: accord <command> [options]
  (storage: ACCORD_DATABASE_URL when set, else the data directory ACCORD_DATA_DIR, default ./data)

  workspace list [--json]
  workspace create --id ID --name NAME
  doc list [--workspace W] [--json]     documents; --json prints [{id, workspace, title, kind}]
  doc create --workspace W --title T [--kind ${DocumentKind.options.join('|')}]
                                        prints the new document id on its last line
  doc export ID --format update [--out FILE]
                                        the document's Yjs state (binary) to FILE or stdout
  backup DEST                           a consistent copy of the SQLite database (DEST: file or directory);
                                        on PostgreSQL use pg_dump "$ACCORD_DATABASE_URL"
${identityUsage}`;

async function run(argv: string[], storage: Storage): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      title: { type: 'string' },
      kind: { type: 'string' },
      json: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      group: { type: 'string' },
      affiliation: { type: 'string' },
      country: { type: 'string' },
      role: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const { sql, records, documents } = storage;
  const [noun, verb, arg] = positionals;
  const command = noun === 'backup' ? 'backup' : `${noun ?? ''} ${verb ?? ''}`.trim();
  if ((identityCommands as readonly string[]).includes(command)) {
    return runIdentityCommand(command as (typeof identityCommands)[number], values, sql);
  }

  switch (command) {
    case 'workspace list': {
      const workspaces = await records.listWorkspaces();
      if (values.json) out(JSON.stringify(workspaces.map((w) => ({ id: w.id, name: w.name }))));
      else for (const w of workspaces) out(`${w.id}\t${w.name}`);
      return;
    }
    case 'workspace create': {
      const id = Id.safeParse(required(values.id, '--id'));
      if (!id.success) throw new UsageError(`--id ${englishIssue(id.error.issues[0]?.message ?? '')}`);
      if (await records.getWorkspace(id.data)) throw new UsageError(`workspace ${id.data} already exists`);
      await records.createWorkspace({ id: id.data, name: required(values.name, '--name') });
      out(id.data);
      return;
    }
    case 'doc list': {
      if (values.workspace && !(await records.getWorkspace(values.workspace)))
        throw new UsageError(`no workspace ${values.workspace}`);
      const documents = await records.listDocuments(values.workspace);
      if (values.json)
        out(
          JSON.stringify(documents.map((d) => ({ id: d.id, workspace: d.workspaceId, title: d.title, kind: d.kind }))),
        );
      else for (const d of documents) out(`${d.id}\t${d.workspaceId}\t${d.kind}\t${d.title}`);
      return;
    }
    case 'doc create': {
      const workspaceId = required(values.workspace, '--workspace');
      if (!(await records.getWorkspace(workspaceId))) {
        throw new UsageError(
          `no workspace ${workspaceId}; list them with \`accord workspace list\` (the demo workspace appears after the server's first start)`,
        );
      }
      const body = CreateDocumentBody.safeParse({
        title: required(values.title, '--title'),
        ...(values.kind ? { kind: values.kind } : {}),
      });
      if (!body.success)
        throw new UsageError(
          body.error.issues.map((i) => `--${String(i.path[0])} ${englishIssue(i.message)}`).join('; '),
        );
      const document = await records.createDocument({ id: newId(), workspaceId, ...body.data });
      out(`created document "${document.title}" (${document.kind}) in workspace ${workspaceId}`);
      out(document.id);
      return;
    }
    case 'doc export': {
      const id = required(arg, 'the document id');
      if (values.format !== 'update') throw new UsageError('--format update is the only export format so far');
      if (!(await records.getDocument(id))) throw new UsageError(`no document ${id}`);
      const stored = await documents.load(id);
      const doc = new Y.Doc();
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      const state = Y.encodeStateAsUpdate(doc);
      if (values.out) {
        writeFileSync(values.out, state);
        out(resolve(values.out));
      } else if (process.stdout.isTTY) {
        throw new UsageError('the export is binary; redirect stdout to a file or pass --out FILE');
      } else {
        process.stdout.write(state);
      }
      return;
    }
    case 'backup': {
      if (!(sql instanceof SqliteSql)) {
        throw new UsageError(
          'backup copies the SQLite file; this Accord stores in PostgreSQL (ACCORD_DATABASE_URL), so back it up with PostgreSQL\'s own tools, e.g. pg_dump --format=custom --file=accord.dump "$ACCORD_DATABASE_URL"',
        );
      }
      const dest = resolve(required(verb, 'DEST'));
      const file =
        existsSync(dest) && statSync(dest).isDirectory()
          ? join(dest, `accord-${new Date().toISOString().replace(/[:.]/g, '-')}.db`)
          : dest;
      if (existsSync(file)) throw new UsageError(`${file} exists; choose a new file name`);
      // SQLite's online backup API: a consistent copy even while the server writes.
      await sql.whenIdle((db) => db.backup(file));
      out(file);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

const argv = process.argv.slice(2);
if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
  (argv.length === 0 ? process.stderr : process.stdout).write(usage);
  process.exit(argv.length === 0 ? 2 : 0);
}

let storage: Storage | undefined;
try {
  const config = loadConfig();
  // Only problems reach stderr: stdout is for scripts.
  storage = await openStorage(config, createLogger('warn'));
  await run(argv, storage);
  await storage.close();
} catch (error) {
  await storage?.close().catch(() => {});
  if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`accord: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`accord: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`accord: ${(error as Error).message}\n`);
  process.exit(1);
}
