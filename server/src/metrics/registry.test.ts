import { describe, expect, it } from 'vitest';
import { Registry } from './registry.js';

describe('Registry', () => {
  it('renders counters, gauges and cumulative histogram buckets', () => {
    const registry = new Registry();
    const frames = registry.counter('accord_frames_total', 'Frames.');
    frames.inc();
    frames.inc(2, { direction: 'in' });
    let open = 3;
    registry.gauge('accord_open', 'Open.', () => open);
    const latency = registry.histogram('accord_latency_seconds', 'Latency.', [0.001, 0.01]);
    latency.observe(0.0005);
    latency.observe(0.005);
    latency.observe(1);
    open = 4;
    const text = registry.render();
    expect(text).toContain(
      '# TYPE accord_frames_total counter\naccord_frames_total 1\naccord_frames_total{direction="in"} 2',
    );
    expect(text).toContain('accord_open 4');
    expect(text).toContain('accord_latency_seconds_bucket{le="0.001"} 1');
    expect(text).toContain('accord_latency_seconds_bucket{le="0.01"} 2');
    expect(text).toContain('accord_latency_seconds_bucket{le="+Inf"} 3');
    expect(text).toContain('accord_latency_seconds_count 3');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('refuses a second metric of the same name', () => {
    const registry = new Registry();
    registry.counter('x', 'x');
    expect(() => registry.counter('x', 'x')).toThrow(/twice/);
  });

  it('escapes label values', () => {
    const registry = new Registry();
    registry.counter('c', 'c').inc(1, { reason: 'a "quoted"\nline' });
    expect(registry.render()).toContain('c{reason="a \\"quoted\\"\\nline"} 1');
  });
});
