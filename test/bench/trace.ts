/**
 * The automerge-paper editing trace (Joseph Gentle's editing-traces, recorded by Martin
 * Kleppmann; CC BY 4.0) turned into the Yjs updates that 10 writers would send, computed
 * once before any socket opens so the timed run measures the servers, not Yjs on the client.
 *
 * The text is typed into an Accord document as `@lexical/yjs` stores one (the root `Y.XmlText`,
 * a paragraph element, a text node and its characters), so Accord's update check sees what it
 * sees in real use and accepts every update.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { encodeUpdate } from '@accord/protocol';

export const TRACE_FILE = new URL('../../../shared/traces/automerge-paper.json.gz', import.meta.url);
export const ATTRIBUTION =
  "automerge-paper trace from Joseph Gentle's editing-traces collection (recorded by Martin Kleppmann), CC BY 4.0";

interface TraceFile {
  startContent: string;
  endContent: string;
  txns: { patches: [number, number, string][] }[];
}

export interface Workload {
  /** Ready-to-send y-websocket frames, in trace order. */
  frames: Uint8Array[];
  /** Which writer (0-based) sends each frame. */
  writer: Uint8Array;
  /** For inserts, the writer's Yjs clock after the edit (an observer has it once its state reaches this); -1 for deletes. */
  clockEnd: Int32Array;
  /** One last update per writer (a map entry) that marks "everything before it arrived". */
  sentinels: Uint8Array[];
  endContent: string;
  writers: number;
}

/** Properties @lexical/yjs writes for a new paragraph and text node (what an Accord editor sends). */
const PARAGRAPH = {
  __type: 'paragraph',
  __format: 0,
  __style: '',
  __indent: 0,
  __dir: null,
  __textFormat: 0,
  __textStyle: '',
};
const TEXT_NODE = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 };

/** Adds one paragraph with one empty text node to the root; its characters go after the node's map, at index 1 on. */
function addParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = new Y.XmlText();
  doc.get('root', Y.XmlText).insertEmbed(0, paragraph);
  for (const [key, value] of Object.entries(PARAGRAPH)) paragraph.setAttribute(key, value as string);
  // A block id, as every paragraph of an Accord document has: attribution follows blocks by it.
  paragraph.setAttribute('__state', new Y.Map([['pid', 'pBenchParagraph']]) as unknown as string);
  paragraph.insertEmbed(0, new Y.Map(Object.entries(TEXT_NODE)));
  return paragraph;
}

/** The characters of the benchmark's paragraph in `doc`. */
export function documentText(doc: Y.Doc): string {
  const paragraph = (doc.get('root', Y.XmlText).toDelta() as { insert: unknown }[])[0]?.insert;
  if (!(paragraph instanceof Y.XmlText)) return '';
  return (paragraph.toDelta() as { insert: unknown }[])
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');
}

/** Yjs client id of writer `w`: fixed, so readers can attribute clocks to writers. */
export const writerClientId = (w: number): number => 1000 + w;

/**
 * One doc plays all writers by switching its client id before each edit: the updates are
 * exactly those of 10 synced docs (each edit sees the whole history), at a tenth of the cost.
 */
export function buildWorkload(limit: number | undefined, writers = 10): Workload {
  const trace = JSON.parse(gunzipSync(readFileSync(TRACE_FILE)).toString('utf8')) as TraceFile;
  const edits = Math.min(limit ?? trace.txns.length, trace.txns.length);
  // Frame 0 (writer 0) makes the paragraph the trace is typed into.
  const count = edits + 1;
  const doc = new Y.Doc();
  let text!: Y.XmlText;
  let last: Uint8Array | undefined;
  doc.on('update', (u: Uint8Array) => (last = u));
  const frames: Uint8Array[] = [];
  const writer = new Uint8Array(count);
  const clockEnd = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const w = k % writers;
    doc.clientID = writerClientId(w);
    const before = Y.getState(doc.store, doc.clientID);
    last = undefined;
    doc.transact(() => {
      if (k === 0) {
        text = addParagraph(doc);
        if (trace.startContent) text.insert(1, trace.startContent);
        return;
      }
      for (const [pos, del, ins] of trace.txns[k - 1]!.patches) {
        if (del) text.delete(pos + 1, del);
        if (ins) text.insert(pos + 1, ins);
      }
    });
    const after = Y.getState(doc.store, doc.clientID);
    frames.push(encodeUpdate(last!));
    writer[k] = w;
    clockEnd[k] = after > before ? after : -1;
  }
  const sentinels = Array.from({ length: writers }, (_, w) => {
    doc.clientID = writerClientId(w);
    last = undefined;
    doc.getMap('bench').set(`done-${w}`, true);
    return encodeUpdate(last!);
  });
  const endContent = edits === trace.txns.length ? trace.endContent : documentText(doc);
  if (documentText(doc) !== endContent) throw new Error('replaying the trace did not reproduce its endContent');
  return { frames, writer, clockEnd, sentinels, endContent, writers };
}
