/**
 * One download per key, kept once it succeeds. A failure (offline before the copy was saved) is
 * forgotten, so the next search tries again.
 */
export function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = make();
    loading.catch(() => cache.delete(key));
    cache.set(key, loading);
  }
  return loading;
}
