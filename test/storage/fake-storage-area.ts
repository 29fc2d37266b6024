// An in-memory storage area with chrome.storage.sync's quotas, for testing the settings store.
import type { StorageAreaLike } from '../../src/storage/settings-store';

export class QuotaExceededError extends Error {
  override name = 'QuotaExceededError';
}

export class FakeStorageArea implements StorageAreaLike {
  readonly data = new Map<string, string>();
  constructor(private readonly quota?: { perItem: number; total: number }) {}

  private static size(key: string, json: string): number {
    return new TextEncoder().encode(key).length + new TextEncoder().encode(json).length;
  }

  get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return Promise.resolve(out);
  }

  set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      if (this.quota && FakeStorageArea.size(k, json) > this.quota.perItem) {
        return Promise.reject(new QuotaExceededError(`QUOTA_BYTES_PER_ITEM quota exceeded (${k})`));
      }
      next.set(k, json);
    }
    if (this.quota) {
      let total = 0;
      for (const [k, json] of next) total += FakeStorageArea.size(k, json);
      if (total > this.quota.total) return Promise.reject(new QuotaExceededError('QUOTA_BYTES quota exceeded'));
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
    return Promise.resolve();
  }
}
