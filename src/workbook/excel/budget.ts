// Keeps each context.sync() under a size budget. Excel on the web rejects requests (and responses)
// over 5 MB, so large writes and reads are spread over several syncs; every other sync of an
// operation is fixed, so the sync count grows with the data only through these chunks.

export interface Syncable {
  sync(): Promise<unknown>;
}

export class SyncBudget {
  private pending = 0;

  /**
   * @param context the request context whose queue is being filled
   * @param limit the most a single sync may carry (characters for writes, cells for reads)
   * @param onChunk called for every extra sync this budget forces
   * @param beforeChunk called just before such a sync, to queue what must go with every chunk
   */
  constructor(
    private readonly context: Syncable,
    readonly limit: number,
    private readonly onChunk: () => void,
    private readonly beforeChunk?: () => void,
  ) {}

  /** Extra syncs forced so far. */
  chunks = 0;

  /** What may still be queued before the next sync. */
  get room(): number {
    return this.limit - this.pending;
  }

  get isEmpty(): boolean {
    return this.pending === 0;
  }

  /** Counts `size` against the current sync; syncs first when it would not fit and something is queued. */
  async reserve(size: number): Promise<void> {
    if (!this.isEmpty && size > this.room) await this.split();
    this.pending += size;
  }

  /** Counts `size` against the current sync without checking: the caller already made room. */
  add(size: number): void {
    this.pending += size;
  }

  /** Sends what is queued now because the next command would not fit. */
  async split(): Promise<void> {
    this.beforeChunk?.();
    await this.context.sync();
    this.pending = 0;
    this.chunks++;
    this.onChunk();
  }

  /** The sync an operation would do anyway, chunked or not. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
  }
}

/**
 * Takes as many rows from `start` as fit in the budget's room (at least one row when the budget is
 * empty, so a single oversized row is still sent, and Excel judges it). Returns the end index
 * (exclusive) and the size taken, or null when the caller must split first.
 */
export function takeRows(sizes: number[], start: number, budget: SyncBudget, overhead: number): { end: number; size: number } | null {
  let end = start;
  let size = overhead;
  while (end < sizes.length && size + sizes[end] <= budget.room) size += sizes[end++];
  if (end > start) return { end, size };
  if (!budget.isEmpty) return null;
  return { end: start + 1, size: size + sizes[start] };
}
