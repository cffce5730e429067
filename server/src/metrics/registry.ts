/**
 * A minimal Prometheus registry: counters, gauges and histograms rendered in the text
 * exposition format (version 0.0.4). Small enough to keep off the hot path: incrementing an
 * unlabelled counter is a field write, observing a histogram a short scan of its bounds;
 * rendering happens only when /metrics is scraped.
 */

type Labels = Record<string, string>;

interface Metric {
  readonly name: string;
  readonly help: string;
  render(): string[];
}

const labelKey = (labels: Labels): string =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');

const sample = (name: string, key: string, value: number): string =>
  `${name}${key ? `{${key}}` : ''} ${Number.isFinite(value) ? value : 0}`;

/** A value that only goes up, optionally split by labels. */
export class Counter implements Metric {
  /**
   * The value without labels, kept apart from the labelled ones: the hot path (frames in and
   * out) increments it per frame, and building a label key there cost more than the rest of
   * the metrics together.
   */
  #plain = 0;
  #plainUsed = false;
  readonly #values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(amount = 1, labels?: Labels): void {
    const key = labels === undefined ? '' : labelKey(labels);
    if (key === '') {
      this.#plain += amount;
      this.#plainUsed = true;
      return;
    }
    this.#values.set(key, (this.#values.get(key) ?? 0) + amount);
  }
  get(labels?: Labels): number {
    const key = labels === undefined ? '' : labelKey(labels);
    return key === '' ? this.#plain : (this.#values.get(key) ?? 0);
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.#plainUsed || this.#values.size === 0) lines.push(sample(this.name, '', this.#plain));
    for (const [key, value] of this.#values) lines.push(sample(this.name, key, value));
    return lines;
  }
}

/** A value read when scraped, from a function that knows the current state. */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    readonly collect: () => number,
  ) {}
  render(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, sample(this.name, '', this.collect())];
  }
}

/** Counts observations into cumulative buckets (upper bounds in the metric's unit). */
export class Histogram implements Metric {
  readonly #counts: number[];
  #sum = 0;
  #count = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {
    this.#counts = buckets.map(() => 0);
  }
  observe(value: number): void {
    this.#sum += value;
    this.#count++;
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= this.buckets[i]!) {
        this.#counts[i]!++;
        break;
      }
    }
  }
  get count(): number {
    return this.#count;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    let cumulative = 0;
    this.buckets.forEach((bound, i) => {
      cumulative += this.#counts[i]!;
      lines.push(sample(`${this.name}_bucket`, `le="${bound}"`, cumulative));
    });
    lines.push(sample(`${this.name}_bucket`, 'le="+Inf"', this.#count));
    lines.push(sample(`${this.name}_sum`, '', this.#sum), sample(`${this.name}_count`, '', this.#count));
    return lines;
  }
}

/** Holds metrics and renders them all. */
export class Registry {
  readonly #metrics = new Map<string, Metric>();
  register<M extends Metric>(metric: M): M {
    if (this.#metrics.has(metric.name)) throw new Error(`metric ${metric.name} is registered twice`);
    this.#metrics.set(metric.name, metric);
    return metric;
  }
  counter(name: string, help: string): Counter {
    return this.register(new Counter(name, help));
  }
  gauge(name: string, help: string, collect: () => number): Gauge {
    return this.register(new Gauge(name, help, collect));
  }
  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    return this.register(new Histogram(name, help, buckets));
  }
  /** The exposition text, ending in a newline as Prometheus expects. */
  render(): string {
    return [...this.#metrics.values()].flatMap((m) => m.render()).join('\n') + '\n';
  }
}
