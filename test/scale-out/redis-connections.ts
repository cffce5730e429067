/**
 * Drops the Redis connections of given Accord processes, as a Redis restart, a failover or a
 * network cut would, with `CLIENT KILL` from a separate ioredis client.
 *
 * `CLIENT KILL TYPE pubsub` would drop every subscriber of the Redis server, those of other
 * tests running at the same time included; instead the connections are found by process: the
 * process's sockets (Linux /proc) give their local ports, which `CLIENT LIST` shows as `addr`.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { Redis } from 'ioredis';

export type RedisConnectionType = 'pubsub' | 'normal';

interface ClientInfo {
  id: string;
  port: number;
  flags: string;
  name: string;
}

/** Local ports of the TCP connections process `pid` holds to `redisPort`. */
function localPortsTo(pid: number, redisPort: number): Set<number> {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      // Closed meanwhile.
    }
  }
  const ports = new Set<number>();
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const [local, remote, inode] = [fields[1]!, fields[2]!, fields[9]!];
      const portOf = (address: string) => Number.parseInt(address.split(':').at(-1)!, 16);
      if (portOf(remote) === redisPort && inodes.has(inode)) ports.add(portOf(local));
    }
  }
  return ports;
}

function clientList(text: string): ClientInfo[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const fields = Object.fromEntries(
        line.split(' ').map((kv) => {
          const at = kv.indexOf('=');
          return [kv.slice(0, at), kv.slice(at + 1)];
        }),
      );
      return {
        id: fields.id ?? '',
        port: Number((fields.addr ?? '').split(':').at(-1)),
        flags: fields.flags ?? '',
        name: fields.name ?? '',
      };
    });
}

/** A separate Redis client that can see and drop the connections of Accord processes. */
export class RedisConnections {
  readonly #redis: Redis;
  readonly #port: number;

  constructor(url: string) {
    this.#redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.#port = Number(new URL(url).port || 6379);
  }

  /** The Redis connections of process `pid`, of one type (`pubsub`: subscribed; `normal`: the rest). */
  async of(pid: number, type: RedisConnectionType): Promise<ClientInfo[]> {
    const ports = localPortsTo(pid, this.#port);
    const clients = clientList((await this.#redis.client('LIST')) as string);
    return clients.filter((c) => ports.has(c.port) && c.flags.includes('P') === (type === 'pubsub'));
  }

  /** `CLIENT KILL ID` of each connection of `type` of every process in `pids`; resolves to how many were killed. */
  async kill(pids: number[], type: RedisConnectionType): Promise<number> {
    let killed = 0;
    for (const pid of pids) {
      for (const client of await this.of(pid, type)) {
        killed += Number(await this.#redis.call('CLIENT', 'KILL', 'ID', client.id));
      }
    }
    return killed;
  }

  async close(): Promise<void> {
    await this.#redis.quit();
  }
}
