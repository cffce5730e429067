/**
 * What each guard on the hot path costs on its own, in this process and on one core, beside
 * the update check (update-check.ts): the metrics hooks per update, the two token buckets per
 * frame, the awareness policy per presence frame, and the access watcher's poll of a real
 * SQLite audit log, with one open connection's re-check (what a sweep or an access change does
 * per connection). Each is timed with and without the guard around the same surrounding work,
 * alternated, best of the runs, so a busy machine skews both alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAwarenessUpdate, decodeMessage, encodeAwareness, encodeAwarenessUpdate } from '@accord/protocol';
import { authorize } from '../../server/src/authz/authorize.js';
import { documentResource } from '../../server/src/authz/resources.js';
import { Hooks } from '../../server/src/collab/hooks.js';
import { AccessWatcher } from '../../server/src/extensions/access-watcher.js';
import { sanitizeAwareness, type Speaker } from '../../server/src/extensions/awareness-policy.js';
import { Metrics } from '../../server/src/extensions/metrics.js';
import { Authenticator } from '../../server/src/identity/authenticator.js';
import { sqlIdentity } from '../../server/src/identity/identity.js';
import { TokenBucket } from '../../server/src/limits/token-bucket.js';
import { Registry } from '../../server/src/metrics/registry.js';
import { openDatabase } from '../../server/src/storage/sqlite/database.js';
import { SqlRecordStore } from '../../server/src/storage/record-store.js';
import { SqliteSql } from '../../server/src/storage/sql/sqlite.js';
import type { Workload } from './trace.js';

/** One guard's cost: microseconds of CPU per `per`, with and without it. */
export interface GuardCost {
  guard: string;
  per: string;
  withUs: number;
  withoutUs: number;
  /** What the guard adds, `withUs - withoutUs` (never below 0). */
  addedUs: number;
}

export interface GuardCosts {
  /** Connections each relayed frame goes to, as in the fan-out run (writers + readers). */
  fanOut: number;
  costs: GuardCost[];
  /** The access watcher's share of one core while nothing changes (a poll every 250 ms). */
  accessPollCorePercent: number;
}

/** Written by the timed loops so that the work they time cannot be optimised away. */
let sink = 0;

const cpuUs = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Best-of-`runs` CPU microseconds per operation of `without` and `with`, alternated. */
function compare(ops: number, runs: number, without: () => void, withGuard: () => void): [number, number] {
  const best = [Infinity, Infinity] as [number, number];
  for (let i = 0; i < runs; i++) {
    for (const [slot, work] of [without, withGuard].entries()) {
      const started = cpuUs();
      work();
      best[slot] = Math.min(best[slot]!, (cpuUs() - started) / ops);
    }
  }
  return best;
}

async function compareAsync(
  ops: number,
  runs: number,
  without: () => Promise<void>,
  withGuard: () => Promise<void>,
): Promise<[number, number]> {
  const best = [Infinity, Infinity] as [number, number];
  for (let i = 0; i < runs; i++) {
    for (const [slot, work] of [without, withGuard].entries()) {
      const started = cpuUs();
      await work();
      best[slot] = Math.min(best[slot]!, (cpuUs() - started) / ops);
    }
  }
  return best;
}

const cost = (guard: string, per: string, [withoutUs, withUs]: [number, number]): GuardCost => ({
  guard,
  per,
  withUs,
  withoutUs,
  addedUs: Math.max(0, withUs - withoutUs),
});

/** Sizes of the workload's frames, repeated to at least `n` (enough work for the CPU clock to resolve). */
function frameSizes(workload: Workload, n: number): Uint32Array {
  const sizes = new Uint32Array(n);
  for (let i = 0; i < n; i++) sizes[i] = workload.frames[i % workload.frames.length]!.length;
  return sizes;
}

/** Metrics as the core calls it for one relayed update: a frame in, one broadcast to `fanOut` connections. */
function metricsCost(sizes: Uint32Array, fanOut: number, runs: number): GuardCost {
  const onError = () => {};
  const bare = new Hooks([]);
  const counted = new Hooks([new Metrics(new Registry())]);
  const run = (hooks: Hooks) => () => {
    for (const bytes of sizes) {
      hooks.notify('onFrameIn', onError, bytes);
      hooks.notify('onFrameOut', onError, bytes, fanOut);
    }
  };
  return cost('metrics (frame in, broadcast out)', 'update', compare(sizes.length, runs, run(bare), run(counted)));
}

/** The message and byte buckets every frame takes from, with limits no one reaches (as the benchmark sets them). */
function rateLimitCost(sizes: Uint32Array, runs: number): GuardCost {
  const run = (limited: boolean) => () => {
    const messages = new TokenBucket(10_000_000, 10_000_000);
    const bytes = new TokenBucket(1024 ** 3, 1024 ** 3);
    for (const size of sizes) {
      if (limited && (!messages.take(1) || !bytes.take(size))) throw new Error('the benchmark reached a limit');
      sink += size;
    }
  };
  return cost('rate limits (two token buckets)', 'frame', compare(sizes.length, runs, run(false), run(true)));
}

/** A Lexical collaboration cursor as the browser announces it (`@lexical/yjs` initLocalState plus a selection). */
function cursorFrames(n: number): Uint8Array[] {
  const position = (clock: number) => ({ type: null, tname: null, item: { client: 42, clock }, assoc: 0 });
  return Array.from({ length: n }, (_, i) =>
    encodeAwareness(
      encodeAwarenessUpdate([
        {
          clientId: 1000 + (i % 50),
          clock: i,
          state: {
            name: 'someone',
            color: '#3b82f6',
            focusing: true,
            anchorPos: position(i),
            focusPos: position(i + 3),
            awarenessData: {},
          },
        },
      ]),
    ),
  );
}

/**
 * The awareness policy (Authorization.onAwareness: look the connection up, rewrite the name,
 * check the cursor, bound the size) between decoding a presence frame and encoding the relay.
 */
function awarenessCost(frames: Uint8Array[], runs: number): GuardCost {
  const admitted = new Map<object, { speaker: Speaker }>();
  const connections = Array.from({ length: 50 }, () => ({}));
  for (const c of connections)
    admitted.set(c, { speaker: { name: 'Ana Silva', readOnly: false, clientIds: new Set() } });
  const run = (guarded: boolean) => () => {
    frames.forEach((frame, i) => {
      const message = decodeMessage(frame);
      if (message.type !== 'awareness') throw new Error('not an awareness frame');
      let entries = decodeAwarenessUpdate(message.update);
      if (guarded) entries = sanitizeAwareness(entries, admitted.get(connections[i % 50]!)!.speaker);
      sink += encodeAwarenessUpdate(entries).length;
    });
  };
  return cost(
    'awareness policy (names, cursors, size)',
    'presence frame',
    compare(frames.length, runs, run(false), run(true)),
  );
}

/**
 * The access watcher on a real audit log: a poll is one indexed read when nothing changed; a
 * re-check of an open connection verifies its token and reads its role and the document's
 * audience again (a sweep does that for every connection each minute).
 */
async function accessCosts(runs: number): Promise<GuardCost[]> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-guards-'));
  const db = openDatabase(dir);
  try {
    const sql = new SqliteSql(db);
    const identity = sqlIdentity(sql);
    const records = new SqlRecordStore(sql);
    await records.createWorkspace({ id: 'w', name: 'W' });
    await records.createDocument({ id: 'd', workspaceId: 'w', title: 'D', kind: 'outcome' });
    const person = await identity.people.createPerson({
      email: 'ana@example.org',
      name: 'Ana Silva',
      stakeholderGroup: 'civil-society',
      affiliation: 'CGI.br',
      country: 'BR',
    });
    await identity.people.setRole(person.id, 'w', 'member');
    const token = await identity.sessions.createApiToken(person.id, 'bench');
    const authenticator = new Authenticator(identity);
    const watcher = new AccessWatcher({
      lastSeq: () => identity.audit.lastSeq(),
      readAfter: (seq, limit) => identity.audit.list({ afterSeq: seq, limit }),
      recheck: async () => {},
      pollMs: 250,
      sweepMs: Number.MAX_SAFE_INTEGER,
      onError: (error) => {
        throw error;
      },
    });
    const polls = 2_000;
    const idle = async () => {
      for (let i = 0; i < polls; i++) await Promise.resolve();
    };
    const poll = await compareAsync(polls, runs, idle, async () => {
      for (let i = 0; i < polls; i++) await watcher.tick();
    });
    const rechecks = 500;
    const recheck = await compareAsync(rechecks, runs, idle, async () => {
      for (let i = 0; i < rechecks; i++) {
        const auth = await authenticator.authenticate({ kind: 'token', secret: token });
        const found = await documentResource(records, identity.audiences, 'd');
        if (!auth || !found) throw new Error('the benchmark person lost access');
        if (!authorize(auth.principal, 'document.read', found.resource).allowed) throw new Error('no read access');
        authorize(auth.principal, 'document.edit', found.resource);
      }
    });
    return [
      cost('access watcher poll (nothing changed)', 'poll (4 per second)', poll),
      cost('access re-check of one connection', 'connection re-checked', recheck),
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures every guard of this file; about two seconds of CPU. */
export async function measureGuardCosts(workload: Workload, fanOut: number, runs = 3): Promise<GuardCosts> {
  const sizes = frameSizes(workload, 200_000);
  const costs = [
    metricsCost(sizes, fanOut, runs),
    rateLimitCost(sizes, runs),
    awarenessCost(cursorFrames(50_000), runs),
    ...(await accessCosts(runs)),
  ];
  const poll = costs.find((c) => c.guard.startsWith('access watcher poll'))!;
  return { fanOut, costs, accessPollCorePercent: (100 * 4 * poll.addedUs) / 1e6, ...(sink < 0 ? { sink } : {}) };
}
