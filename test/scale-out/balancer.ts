/**
 * A TCP load balancer in front of several Accord instances, as any deployment has: each new
 * connection goes to the next instance in turn (round robin, no sticky sessions), skipping one
 * that refuses the connection; when an instance dies, its connections end and the clients'
 * reconnections land on a live one. It knows nothing of HTTP or WebSocket: bytes only.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket;
  port: number;
}

export class Balancer {
  readonly #server: Server;
  readonly #backends: () => number[];
  readonly #pairs = new Set<Pair>();
  #next = 0;
  #port = 0;

  private constructor(backends: () => number[]) {
    this.#backends = backends;
    this.#server = createServer({ pauseOnConnect: true }, (client) => this.#route(client));
  }

  /** Listens on a free loopback port, routing to the ports `backends()` gives at each connection. */
  static async start(backends: () => number[]): Promise<Balancer> {
    const balancer = new Balancer(backends);
    await new Promise<void>((resolve) => balancer.#server.listen(0, '127.0.0.1', resolve));
    balancer.#port = (balancer.#server.address() as { port: number }).port;
    return balancer;
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** Where stock providers connect: `ws://…/collab`. */
  get wsUrl(): string {
    return `ws://127.0.0.1:${this.#port}/collab`;
  }

  /** How many open connections go to each backend port. */
  openTo(port: number): number {
    let n = 0;
    for (const pair of this.#pairs) if (pair.port === port) n++;
    return n;
  }

  /** Stops listening and ends every connection. */
  async close(): Promise<void> {
    for (const { client, upstream } of this.#pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.#pairs.clear();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #route(client: Socket): void {
    const ports = this.#backends();
    const start = this.#next++;
    client.on('error', () => {});
    const attempt = (tries: number): void => {
      if (tries === ports.length || client.destroyed) {
        client.destroy();
        return;
      }
      const port = ports[(start + tries) % ports.length]!;
      const upstream = connect({ host: '127.0.0.1', port });
      let connected = false;
      upstream.once('connect', () => {
        connected = true;
        const pair: Pair = { client, upstream, port };
        this.#pairs.add(pair);
        const end = () => {
          this.#pairs.delete(pair);
          client.destroy();
          upstream.destroy();
        };
        client.on('close', end);
        upstream.on('close', end);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.on('error', () => {
        // Refused (the instance is down): the next one. Once connected, 'close' ends the pair.
        if (!connected) attempt(tries + 1);
      });
    };
    attempt(0);
  }
}
