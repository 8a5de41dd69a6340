// Paths into a scenario document, written as the validator writes them:
// `systems[0].organisations[2].cip.delivery`. The builder addresses every
// field by such a path, so a validation issue lands on the field it names.

export type PathKey = string | number;

/** `a.b[2].c` → ['a', 'b', 2, 'c']. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      keys.push(part);
      continue;
    }
    if (match[1] !== '') keys.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

/** ['a', 'b', 2, 'c'] → `a.b[2].c`. */
export function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  return path;
}

/** Joins a base path and a relative one: `join('systems[0]', 'riskShare.rule')`. */
export function joinPath(base: string, relative: string | number): string {
  if (typeof relative === 'number') return `${base}[${relative}]`;
  if (base === '') return relative;
  if (relative === '') return base;
  return relative.startsWith('[') ? `${base}${relative}` : `${base}.${relative}`;
}

/** The value at a path, or undefined when any step is missing. */
export function getAt(root: unknown, path: string | readonly PathKey[]): unknown {
  let value = root;
  for (const key of typeof path === 'string' ? parsePath(path) : path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/**
 * Sets the value at a path, creating objects (or arrays, before a numeric key)
 * on the way. `undefined` removes the key, so optional fields vanish from the
 * document rather than being written as null.
 */
export function setAt(root: object, path: string | readonly PathKey[], value: unknown): void {
  const keys = typeof path === 'string' ? parsePath(path) : path;
  if (keys.length === 0) throw new RangeError('setAt: empty path');
  let parent = root as Record<PathKey, unknown>;
  for (let index = 0; index < keys.length - 1; index++) {
    const key = keys[index];
    let next = parent[key];
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return;
      next = typeof keys[index + 1] === 'number' ? [] : {};
      parent[key] = next;
    }
    parent = next as Record<PathKey, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
}

/** Whether `path` is `ancestor` or lies inside it. */
export function isWithin(path: string, ancestor: string): boolean {
  if (ancestor === '') return true;
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

/** An id for the form control of a path, usable in HTML ids and selectors. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '_')}`;
}
