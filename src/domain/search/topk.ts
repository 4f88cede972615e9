// The best k records by key, ties to the lower record id (the territory order): a min-heap on
// typed arrays whose root is the worst record kept, so one comparison turns most records away.
export class TopK {
  private readonly docs: Int32Array;
  private readonly keys: Float64Array;
  private size = 0;
  private readonly k: number;

  constructor(k: number) {
    this.k = Math.max(0, k);
    this.docs = new Int32Array(this.k);
    this.keys = new Float64Array(this.k);
  }

  /** a ranks below b */
  private worse(a: number, b: number): boolean {
    const { keys, docs } = this;
    return keys[a]! < keys[b]! || (keys[a] === keys[b] && docs[a]! > docs[b]!);
  }

  offer(doc: number, key: number): void {
    const { docs, keys } = this;
    if (this.size < this.k) {
      docs[this.size] = doc;
      keys[this.size] = key;
      this.siftUp(this.size);
      this.size += 1;
    } else if (this.k > 0 && (key > keys[0]! || (key === keys[0] && doc < docs[0]!))) {
      docs[0] = doc;
      keys[0] = key;
      this.siftDown(0);
    }
  }

  /** Record ids kept, best first. */
  best(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    return order.map((i) => this.docs[i]!);
  }

  private swap(i: number, j: number): void {
    const { docs, keys } = this;
    [docs[i], docs[j]] = [docs[j]!, docs[i]!];
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
