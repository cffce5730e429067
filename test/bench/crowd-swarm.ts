/**
 * The crowd of the 1,000-people benchmark: raw WebSocket clients in one process, cheap enough
 * that the server, not this process, is what saturates. Every client syncs (empty state
 * vector), announces a presence state and counts what it receives; only the few probes decode
 * frames (Yjs clocks of document updates, awareness clocks) to time delivery, and one of them,
 * the verifier, keeps the document traffic to rebuild the text at the end.
 */
import { createHash, type Hash } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  decodeMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
} from '@accord/protocol';
import { RawSocket } from './raw-socket.js';
import { writerClientId } from './trace.js';

/** Awareness client id of crowd member `i`; distinct from the writers' Yjs client ids (1000 + w). */
export const presenceClientId = (i: number): number => 10_000 + i;

const EMPTY_STEP_1 = encodeSyncStep1(Y.encodeStateVector(new Y.Doc()));
const EMPTY_STEP_2 = encodeSyncStep2(Uint8Array.of(0, 0));

/** What a probe has seen: per writer, the Yjs clock each time it rose; per crowd member, its awareness clock. */
export interface ProbeView {
  writerClock: Int32Array;
  receipts: { clock: number[]; at: number[] }[];
  presenceClock: Int32Array;
  /** Time from a presence update's send to this probe seeing exactly that clock, in ms. */
  presenceLatencies: number[];
}

export interface Member {
  index: number;
  socket: RawSocket;
  /** Awareness clock of the last presence update sent. */
  clock: number;
  /** Per clock sent, when (performance.now()). */
  presenceSentAt: number[];
  /** Hash of the document update frames received (sync message type 2), in order. */
  docHash: Hash;
  docBytes: number;
  docFrames: number;
  presenceFrames: number;
  presenceBytes: number;
  probe?: ProbeView;
  /** The verifier's document traffic, to apply to a fresh doc at the end. */
  stored?: Uint8Array[];
}

export interface SwarmOptions {
  url: string;
  clients: number;
  /** Writers: members 0..writers-1, whose Yjs client ids are 1000 + w. */
  writers: number;
  /** Probes: the members right after the writers; the first one is also the verifier. */
  probes: number;
}

/**
 * A Lexical-like presence state (what `@lexical/yjs` publishes): both cursor ends as Yjs
 * relative positions, focus, colour, name. The item moves with the clock, as a moving caret's.
 */
function presenceFrame(i: number, clock: number): Uint8Array {
  const position = { type: null, tname: null, item: { client: writerClientId(i % 10), clock: clock % 997 }, assoc: 0 };
  const state = {
    anchorPos: position,
    focusPos: position,
    focusing: true,
    color: '#3a7bd5',
    name: `Reader ${i}`,
    awarenessData: {},
  };
  return encodeAwareness(encodeAwarenessUpdate([{ clientId: presenceClientId(i), clock, state }]));
}

/** The (client id, clock) pairs of an awareness frame, without parsing the JSON states. */
function* presenceClocks(frame: Uint8Array): Generator<[number, number]> {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder); // message type
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(update);
  for (let e = 0; e < count; e++) {
    const clientId = decoding.readVarUint(update);
    const clock = decoding.readVarUint(update);
    decoding.readVarUint8Array(update); // the state's JSON, skipped
    yield [clientId, clock];
  }
}

export class Swarm {
  readonly members: Member[] = [];
  readonly #options: SwarmOptions;
  readonly failures: Error[] = [];

  constructor(options: SwarmOptions) {
    this.#options = options;
  }

  get probes(): Member[] {
    return this.members.filter((m) => m.probe);
  }

  get verifier(): Member {
    return this.members[this.#options.writers]!;
  }

  /** Opens every connection, `parallel` at a time; each syncs and announces its presence (clock 1). */
  async connect(parallel = 50): Promise<void> {
    const { clients, writers, probes } = this.#options;
    let next = 0;
    const worker = async () => {
      while (next < clients) {
        const i = next++;
        await this.#open(i, i >= writers && i < writers + probes, i === writers);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
  }

  #open(i: number, probe: boolean, verifier: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const member: Member = {
        index: i,
        socket: undefined as unknown as RawSocket,
        clock: 0,
        presenceSentAt: [],
        docHash: createHash('sha1'),
        docBytes: 0,
        docFrames: 0,
        presenceFrames: 0,
        presenceBytes: 0,
        ...(probe
          ? {
              probe: {
                writerClock: new Int32Array(this.#options.writers),
                receipts: Array.from({ length: this.#options.writers }, () => ({ clock: [], at: [] })),
                presenceClock: new Int32Array(this.#options.clients),
                presenceLatencies: [],
              },
            }
          : {}),
        ...(verifier ? { stored: [] } : {}),
      };
      this.members[i] = member;
      member.socket = new RawSocket(
        this.#options.url,
        (payload) => this.#receive(member, payload),
        () => {
          member.socket.sendBinary(EMPTY_STEP_1);
          this.movePresence(i);
          resolve();
        },
        (error) => {
          this.failures.push(error);
          reject(error);
        },
      );
    });
  }

  #receive(member: Member, payload: Buffer): void {
    if (payload[0] === 0) {
      const sub = payload[1];
      if (sub === 0) {
        member.socket.sendBinary(EMPTY_STEP_2);
        return;
      }
      member.docFrames++;
      member.docBytes += payload.length;
      if (sub === 2) member.docHash.update(payload);
      member.stored?.push(payload);
      if (member.probe) this.#probeDocument(member.probe, payload);
    } else if (payload[0] === 1) {
      member.presenceFrames++;
      member.presenceBytes += payload.length;
      if (member.probe) this.#probePresence(member.probe, payload);
    }
  }

  #probeDocument(view: ProbeView, payload: Buffer): void {
    const message = decodeMessage(payload);
    if (message.type !== 'update' && message.type !== 'sync-step-2') return;
    const { to } = Y.parseUpdateMeta(message.update);
    const t = performance.now();
    for (let w = 0; w < this.#options.writers; w++) {
      const clock = to.get(writerClientId(w)) ?? 0;
      if (clock > view.writerClock[w]!) {
        view.writerClock[w] = clock;
        view.receipts[w]!.clock.push(clock);
        view.receipts[w]!.at.push(t);
      }
    }
  }

  #probePresence(view: ProbeView, payload: Buffer): void {
    const t = performance.now();
    for (const [clientId, clock] of presenceClocks(payload)) {
      const i = clientId - presenceClientId(0);
      if (i < 0 || i >= this.#options.clients || clock <= view.presenceClock[i]!) continue;
      view.presenceClock[i] = clock;
      const sentAt = this.members[i]?.presenceSentAt[clock];
      if (sentAt !== undefined) view.presenceLatencies.push(t - sentAt);
    }
  }

  /** Member `i` moves its cursor: a presence update with the next clock. */
  movePresence(i: number): void {
    const member = this.members[i]!;
    member.clock++;
    member.presenceSentAt[member.clock] = performance.now();
    member.socket.sendBinary(presenceFrame(i, member.clock));
  }

  /** How many members' latest presence every probe has seen. */
  presenceCurrentAtProbes(): { min: number; max: number } {
    const counts = this.probes.map(
      (p) => this.members.filter((m) => p.probe!.presenceClock[m.index]! >= m.clock).length,
    );
    return { min: Math.min(...counts), max: Math.max(...counts) };
  }

  /** Counters of every member, to subtract a later snapshot from. */
  traffic(): { frames: number; bytes: number; docFrames: number; presenceFrames: number } {
    let frames = 0;
    let bytes = 0;
    let docFrames = 0;
    let presenceFrames = 0;
    for (const m of this.members) {
      frames += m.socket.frames;
      bytes += m.socket.bytes;
      docFrames += m.docFrames;
      presenceFrames += m.presenceFrames;
    }
    return { frames, bytes, docFrames, presenceFrames };
  }

  close(): void {
    for (const m of this.members) m?.socket.close();
  }
}
