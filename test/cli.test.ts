/**
 * The `accord` admin CLI as an operator runs it: a child process on a real data directory,
 * alone or next to a running server that shares the SQLite file.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Database, runCli, type CliResult } from './helpers/cli.js';
import { removeDir, startAccord, tempDataDir, type AccordProcess } from './helpers/accord-process.js';
import { demo, tokenFor } from './helpers/auth.js';
import { stockClient, synced, until, type StockClient } from './helpers/clients.js';

const accordCli = (dataDir: string, ...args: string[]): Promise<CliResult> => runCli(dataDir, args);

/** Runs a command that must succeed; returns its stdout lines. */
async function ok(dataDir: string, ...args: string[]): Promise<string[]> {
  const result = await accordCli(dataDir, ...args);
  expect(result.code, `accord ${args.join(' ')} failed:\n${result.stderr}`).toBe(0);
  return result.stdout.trimEnd().split('\n');
}

const lastLine = (lines: string[]) => lines[lines.length - 1]!;

interface ListedDocument {
  id: string;
  workspace: string;
  title: string;
  kind: string;
}

const listJson = async (dataDir: string, ...filter: string[]): Promise<ListedDocument[]> =>
  JSON.parse(lastLine(await ok(dataDir, 'doc', 'list', '--json', ...filter))) as ListedDocument[];

const dirs: string[] = [];
const processes: AccordProcess[] = [];
const clients: StockClient[] = [];
let dataDir: string;

beforeEach(() => {
  dataDir = tempDataDir();
  dirs.push(dataDir);
});
afterEach(async () => {
  clients.splice(0).forEach((c) => c.destroy());
  await Promise.all(processes.splice(0).map((p) => p.kill()));
  dirs.splice(0).forEach(removeDir);
});

async function launch(dir: string, env?: Record<string, string>): Promise<AccordProcess> {
  const accord = await startAccord({ dataDir: dir, ...(env ? { env } : {}) });
  processes.push(accord);
  return accord;
}

/** A stock client of the demo member, who may edit every document of the demo workspace. */
async function connect(accord: AccordProcess, documentId: string): Promise<StockClient> {
  const client = stockClient(accord.wsUrl, documentId, { token: await tokenFor(accord.url, demo.member) });
  clients.push(client);
  return client;
}

describe('accord workspace and doc commands', () => {
  it('creates a workspace that doc create can then use, and lists both', async () => {
    expect(await ok(dataDir, 'workspace', 'create', '--id', 'x', '--name', 'X')).toEqual(['x']);
    expect(JSON.parse(lastLine(await ok(dataDir, 'workspace', 'list', '--json')))).toContainEqual({
      id: 'x',
      name: 'X',
    });

    const created = await ok(dataDir, 'doc', 'create', '--workspace', 'x', '--title', 'Policy options for IPv6');
    const id = lastLine(created);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    const summary = await ok(
      dataDir,
      'doc',
      'create',
      '--workspace',
      'x',
      '--title',
      'MAG summary',
      '--kind',
      'summary',
    );
    const summaryId = lastLine(summary);
    expect(summaryId).not.toBe(id);

    const listed = await listJson(dataDir);
    expect(listed).toContainEqual({ id, workspace: 'x', title: 'Policy options for IPv6', kind: 'outcome' });
    expect(listed).toContainEqual({ id: summaryId, workspace: 'x', title: 'MAG summary', kind: 'summary' });
    // Exactly the four documented fields: scripts depend on the shape.
    for (const entry of listed) expect(Object.keys(entry).sort()).toEqual(['id', 'kind', 'title', 'workspace']);
  });

  it('refuses a workspace id that exists or is not a valid id', async () => {
    await ok(dataDir, 'workspace', 'create', '--id', 'x', '--name', 'X');
    const again = await accordCli(dataDir, 'workspace', 'create', '--id', 'x', '--name', 'Other');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('x already exists');
    const invalid = await accordCli(dataDir, 'workspace', 'create', '--id', 'Not Valid', '--name', 'Y');
    expect(invalid.code).not.toBe(0);
    expect(JSON.parse(lastLine(await ok(dataDir, 'workspace', 'list', '--json')))).toEqual([{ id: 'x', name: 'X' }]);
  });

  it('filters doc list by --workspace', async () => {
    await ok(dataDir, 'workspace', 'create', '--id', 'mag', '--name', 'MAG');
    await ok(dataDir, 'workspace', 'create', '--id', 'bpf', '--name', 'BPF');
    const inMag = [lastLine(await ok(dataDir, 'doc', 'create', '--workspace', 'mag', '--title', 'One'))];
    const inBpf = [
      lastLine(await ok(dataDir, 'doc', 'create', '--workspace', 'bpf', '--title', 'Two')),
      lastLine(await ok(dataDir, 'doc', 'create', '--workspace', 'bpf', '--title', 'Three')),
    ];

    const bpf = await listJson(dataDir, '--workspace', 'bpf');
    expect(bpf.map((d) => d.id).sort()).toEqual([...inBpf].sort());
    expect(bpf.every((d) => d.workspace === 'bpf')).toBe(true);
    expect((await listJson(dataDir, '--workspace', 'mag')).map((d) => d.id)).toEqual(inMag);
    expect((await listJson(dataDir)).map((d) => d.id).sort()).toEqual([...inMag, ...inBpf].sort());

    // The text form too, one tab-separated line per document of the workspace.
    const text = await ok(dataDir, 'doc', 'list', '--workspace', 'mag');
    expect(text).toEqual([`${inMag[0]}\tmag\toutcome\tOne`]);
  });

  it('refuses doc create on an unknown workspace, naming it, and creates nothing', async () => {
    await ok(dataDir, 'workspace', 'create', '--id', 'x', '--name', 'X');
    const result = await accordCli(dataDir, 'doc', 'create', '--workspace', 'no-such-group', '--title', 'T');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no-such-group');
    expect(await listJson(dataDir)).toEqual([]);
  });
});

describe('accord usage errors', () => {
  it.each([
    ['no command', [] as string[], /^Usage: accord/],
    ['an unknown command', ['frobnicate', 'now'], /unknown command "frobnicate now"/],
    ['doc create without --title', ['doc', 'create', '--workspace', 'x'], /missing --title/],
    ['an unknown option', ['doc', 'list', '--colour'], /--colour/],
  ])('exit with code 2 and print usage to stderr for %s', async (_name, args, message) => {
    // An existing workspace, so that a missing --title is the only thing wrong.
    if (args[0] === 'doc') await ok(dataDir, 'workspace', 'create', '--id', 'x', '--name', 'X');
    const result = await accordCli(dataDir, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: accord <command>');
    expect(result.stdout).toBe('');
  });
});

describe('accord next to a running server', () => {
  it('exports a document the server is editing, as a Yjs update containing what a client typed', async () => {
    const accord = await launch(dataDir);
    // Created by the CLI while the server runs: the server must see it at once.
    const id = lastLine(await ok(dataDir, 'doc', 'create', '--workspace', 'demo', '--title', 'Exported'));
    const writer = await connect(accord, id);
    const observer = await connect(accord, id);
    await Promise.all([synced(writer), synced(observer)]);
    const typed = 'The group reached consensus on paragraph 3.';
    for (const ch of typed) writer.doc.getText('text').insert(writer.doc.getText('text').length, ch);
    writer.doc.getMap('meta').set('status', 'final');
    // Seen by another client means stored: the server relays only what it wrote.
    await until(
      () => observer.doc.getText('text').toString() === typed && observer.doc.getMap('meta').get('status') === 'final',
      'the observer to see the edits',
    );

    const file = join(tempDataDir(), 'export.yjs');
    dirs.push(dirname(file));
    expect(lastLine(await ok(dataDir, 'doc', 'export', id, '--format', 'update', '--out', file))).toBe(file);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, readFileSync(file));
    expect(doc.getText('text').toString()).toBe(typed);
    expect(doc.getMap('meta').toJSON()).toEqual({ status: 'final' });

    const unknown = await accordCli(
      dataDir,
      'doc',
      'export',
      'no-such-doc',
      '--format',
      'update',
      '--out',
      join(dirname(file), 'x.yjs'),
    );
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no-such-doc');
    expect(existsSync(join(dirname(file), 'x.yjs'))).toBe(false);
  });

  it('backs up a consistent database while a client edits, which a second Accord can serve', async () => {
    // The writer sends an update every 2 ms (~500 messages/s) for as long as the backup takes,
    // over the default per-connection limit of 200/s once its burst of 1,000 is spent.
    const accord = await launch(dataDir, {
      ACCORD_LIMIT_MESSAGES_PER_SECOND: '100000',
      ACCORD_LIMIT_MESSAGES_BURST: '100000',
    });
    const id = lastLine(await ok(dataDir, 'doc', 'create', '--workspace', 'demo', '--title', 'Backed up'));
    const writer = await connect(accord, id);
    const observer = await connect(accord, id);
    await Promise.all([synced(writer), synced(observer)]);

    let n = 0;
    // One transaction per edit, so a consistent copy has the text and the counter in step.
    const type = () =>
      writer.doc.transact(() => {
        writer.doc.getText('text').insert(writer.doc.getText('text').length, `<${n}>`);
        writer.doc.getMap('map').set('last', n++);
      });
    for (let i = 0; i < 50; i++) type();
    // Keep writing during the backup: it must still finish and be consistent.
    const timer = setInterval(type, 2);
    let seenBeforeBackup: string;
    let backupFile: string;
    try {
      await until(
        () => observer.doc.getText('text').length > 0 && (observer.doc.getMap('map').get('last') as number) >= 49,
        'the observer to see the first edits',
      );
      seenBeforeBackup = observer.doc.getText('text').toString();
      const destDir = tempDataDir();
      dirs.push(destDir);
      backupFile = lastLine(await ok(dataDir, 'backup', destDir));
      expect(dirname(backupFile)).toBe(destDir);
    } finally {
      clearInterval(timer);
    }
    expect(existsSync(backupFile)).toBe(true);

    const db = new Database(backupFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT id FROM documents WHERE id = ?').get(id)).toEqual({ id });
      expect((db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n).toBe(9);
    } finally {
      db.close();
    }

    const restoredDir = tempDataDir();
    dirs.push(restoredDir);
    copyFileSync(backupFile, join(restoredDir, 'accord.db'));
    const restored = await launch(restoredDir);
    const fresh = await connect(restored, id);
    await synced(fresh);
    const text = fresh.doc.getText('text').toString();
    // Everything seen before the backup started is in it; later edits may or may not be.
    expect(text.startsWith(seenBeforeBackup)).toBe(true);
    const count = (text.match(/<\d+>/g) ?? []).length;
    expect(text).toBe(Array.from({ length: count }, (_, i) => `<${i}>`).join(''));
    expect(fresh.doc.getMap('map').get('last')).toBe(count - 1);
  });
});
