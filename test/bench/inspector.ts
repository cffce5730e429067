/**
 * Reads a server's memory from the inside: the server is started with `--inspect` on a port
 * we chose (through NODE_OPTIONS, so neither server needs a flag of its own), and the
 * DevTools protocol forces a full garbage collection and evaluates `process.memoryUsage()`.
 * From outside only RSS is visible, and RSS holds garbage not yet collected.
 */
import { createServer } from 'node:net';
import WebSocket from 'ws';

/** `process.memoryUsage()` of the server, in bytes. */
export interface MemoryUsage {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** A free loopback port for `--inspect`. */
export const freeInspectPort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * Runs `start` with NODE_OPTIONS asking for an inspector on a free port, so the server it spawns
 * (which copies `process.env`) listens there; this process's own options are restored after.
 */
export async function withInspector<T>(start: () => Promise<T>): Promise<{ server: T; inspectPort: number }> {
  const inspectPort = await freeInspectPort();
  const before = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${before ?? ''} --inspect=127.0.0.1:${inspectPort}`.trim();
  try {
    return { server: await start(), inspectPort };
  } finally {
    if (before === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = before;
  }
}

/** One DevTools protocol session on a process's main thread. */
export class Inspector {
  readonly #socket: WebSocket;
  readonly #pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  #nextId = 1;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      this.#pending.get(message.id)?.(message);
      this.#pending.delete(message.id);
    });
  }

  /** Connects to the inspector listening on `port`; fails with what to check when there is none. */
  static async connect(port: number): Promise<Inspector> {
    const response = await fetch(`http://127.0.0.1:${port}/json/list`).catch((error: Error) => {
      throw new Error(`no inspector on port ${port} (${error.message}); was the server started through withInspector?`);
    });
    const targets = (await response.json()) as { webSocketDebuggerUrl: string }[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error(`the inspector on port ${port} lists no target`);
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new Inspector(socket);
  }

  #call(method: string, params: object = {}): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (message) =>
        message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result),
      );
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Collects garbage (twice: weak references and finalizers free more on the second pass), then reads memory. */
  async memoryAfterGc(): Promise<MemoryUsage> {
    await this.#call('HeapProfiler.collectGarbage');
    await this.#call('HeapProfiler.collectGarbage');
    const result = (await this.#call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result: { value: string } };
    return JSON.parse(result.result.value) as MemoryUsage;
  }

  close(): void {
    this.#socket.close();
  }
}
