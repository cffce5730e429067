/** Helpers for tests against a real Redis (REDIS_URL). */
import { Redis } from 'ioredis';

/** Resolves once `check` holds, polling (no timing assertion: the test's timeout is the limit). */
export async function until(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Kills the Redis connections whose name is `name` (as a network fault would). */
export async function killConnection(redisUrl: string, name: string): Promise<number> {
  const admin = new Redis(redisUrl);
  try {
    const list = (await admin.client('LIST')) as string;
    const ids = list
      .split('\n')
      .filter((line) => line.includes(` name=${name} `))
      .map((line) => /id=(\d+)/.exec(line)![1]!);
    for (const id of ids) await admin.client('KILL', 'ID', id);
    return ids.length;
  } finally {
    admin.disconnect();
  }
}
