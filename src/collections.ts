// A Map used as a multimap, which checks, norms, rounds and the task pane all group by.

/** Adds a value to the list under a key. In place: copying the list on every add is quadratic. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
