/**
 * Typing at scale (issue 12). Above this many projects, what costs hundreds of milliseconds per keystroke waits
 * for the user to pause: the map follows the search, and typo matching runs (the search itself goes in the
 * key's own render: SelectionProvider.tsx).
 */
export const LARGE_DATA = 5000;
/** How long typing must pause (ms) before that work runs; keys come 100–300 ms apart. */
export const TYPING_PAUSE_MS = 400;
