/**
 * The server-side cost of the update check, in this process and on one core: each trace update
 * is decoded (as every connection does) and applied to a live doc, once without the check and
 * once screened first (applied to the replica, dependencies looked up, the schema checked), as
 * the room does. Alternated runs, best of each, so a busy machine skews both alike; the fan-out
 * run measures the same end to end, with sockets and SQLite.
 */
import * as Y from 'yjs';
import { decodeMessage } from '@accord/protocol';
import { createLogger } from '@accord/server';
import { Hooks } from '../../server/src/collab/hooks.js';
import { checkUpdate } from '../../server/src/collab/update-guard.js';
import { UpdateScreen } from '../../server/src/collab/update-screen.js';
import { DocumentSchema } from '../../server/src/extensions/document-schema.js';
import type { Room } from '../../server/src/collab/room.js';
import { Attribution } from '../../server/src/history/attribution.js';
import type { Workload } from './trace.js';

export interface UpdateCheckCost {
  updates: number;
  /** Microseconds of CPU per update, best of the runs. */
  withoutCheckUs: number;
  withCheckUs: number;
  /**
   * With the check and attribution (issue 13: who changed which paragraph, read in the same
   * transaction and recorded once stored; its writes go nowhere here).
   */
  withAttributionUs: number;
  /**
   * Microseconds of CPU per update for `checkUpdate` alone: the full decode every connection
   * does before anything else (on in every configuration, accord-bare too; counted in both runs).
   */
  decodeUs: number;
  /** Updates per second with the check as a share of without, in per cent. */
  percent: number;
}

export function measureUpdateCheck(workload: Workload, runs = 3): UpdateCheckCost {
  const updates = [...workload.frames, ...workload.sentinels].map((frame) => {
    const message = decodeMessage(frame);
    if (message.type !== 'update') throw new Error('the workload holds only update messages');
    return message.update;
  });
  const log = createLogger('silent');
  const run = (checked: boolean, attributed = false): number => {
    const doc = new Y.Doc();
    const attribution = attributed
      ? new Attribution({ store: { write: async () => {}, closeLeftOpen: async () => {} }, logger: log, sweepMs: 0 })
      : undefined;
    const hooks = new Hooks(attribution ? [new DocumentSchema(), attribution] : [new DocumentSchema()]);
    const screen = new UpdateScreen('bench', doc, hooks, log);
    const room = { doc } as unknown as Room;
    const started = process.cpuUsage();
    for (const update of updates) {
      const check = checkUpdate(update);
      if (!check.ok) throw new Error(check.reason);
      if (checked) {
        if (screen.missing(update, check.decoded)) throw new Error('a trace update builds on a missing one');
        const reason = screen.try(update, null, []);
        if (reason) throw new Error(`the check refused a trace update: ${reason}`);
      }
      attribution?.afterStoreUpdates({ documentId: 'bench', room, updates: [update], seconds: 0 });
      Y.applyUpdate(doc, update);
    }
    const used = process.cpuUsage(started);
    attribution?.onDestroy();
    screen.drop();
    doc.destroy();
    return (used.user + used.system) / updates.length;
  };
  const decode = (): number => {
    const started = process.cpuUsage();
    for (const update of updates) if (!checkUpdate(update).ok) throw new Error('a trace update is malformed');
    const used = process.cpuUsage(started);
    return (used.user + used.system) / updates.length;
  };
  let withoutCheckUs = Infinity;
  let withCheckUs = Infinity;
  let withAttributionUs = Infinity;
  let decodeUs = Infinity;
  for (let i = 0; i < runs; i++) {
    withoutCheckUs = Math.min(withoutCheckUs, run(false));
    withCheckUs = Math.min(withCheckUs, run(true));
    withAttributionUs = Math.min(withAttributionUs, run(true, true));
    decodeUs = Math.min(decodeUs, decode());
  }
  return {
    updates: updates.length,
    withoutCheckUs,
    withCheckUs,
    withAttributionUs,
    decodeUs,
    percent: (100 * withoutCheckUs) / withCheckUs,
  };
}
