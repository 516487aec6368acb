/**
 * The shape a translation of an English resource must have: the same keys, nested the same way, with any
 * strings. A French file typed `DeepStringRecord<typeof en>` fails to compile when a key is missing or extra.
 */
export type DeepStringRecord<T> = T extends string ? string : { [K in keyof T]: DeepStringRecord<T[K]> };
