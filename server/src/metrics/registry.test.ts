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

  it('keeps unlabelled and labelled values of one counter apart', () => {
    const registry = new Registry();
    const closed = registry.counter('closed_total', 'Closed.');
    expect(registry.render()).toContain('# TYPE closed_total counter\nclosed_total 0\n');
    closed.inc(1, { code: '1000' });
    expect(registry.render()).not.toMatch(/^closed_total 0$/m);
    closed.inc(3, { code: '1000' });
    closed.inc();
    closed.inc(2, {});
    expect(closed.get()).toBe(3);
    expect(closed.get({})).toBe(3);
    expect(closed.get({ code: '1000' })).toBe(4);
    expect(registry.render()).toContain('closed_total 3\nclosed_total{code="1000"} 4');
  });
});
