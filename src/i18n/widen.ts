/** A resource tree's shape with each (literal) string widened to `string`, every key kept. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
