/**
 * A Server-Sent Events reader for tests: opens the stream with fetch (any headers: cookie or
 * bearer), records each `message` event's parsed data and each named event, and reports when
 * the server ends the stream.
 */
export interface SseClient {
  /** Status of the response; the stream is read only when it is 200. */
  status: number;
  /** Data of every default (`message`) event, parsed as JSON, in order. */
  messages: unknown[];
  /** Names of every named event, in order (`ready`, …). */
  named: string[];
  /** Comment lines (`: heartbeat`), in order. */
  comments: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseClient> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { ...headers, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const client: SseClient = {
    status: response.status,
    messages: [],
    named: [],
    comments: [],
    ended: Promise.resolve(),
    close: () => controller.abort(),
  };
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel();
    return client;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  client.ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) client.comments.push(line.slice(1).trim());
            else if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (data.length === 0) continue;
          if (event === 'message') client.messages.push(JSON.parse(data.join('\n')));
          else client.named.push(event);
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return client;
}
