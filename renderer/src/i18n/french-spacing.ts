/**
 * French typography for a whole resource: a non-breaking space (U+00A0) before « : ; ? ! » and inside
 * « guillemets », so a line never starts with the punctuation. The French files are written with ordinary
 * spaces (easy to read and to edit); this runs once when the resource is registered.
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

/** Applies frenchSpacing to every string of a nested resource, keeping its shape. */
export function withFrenchSpacing<T extends object>(resource: T): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return frenchSpacing(value);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    }
    return value;
  };
  return walk(resource) as T;
}
