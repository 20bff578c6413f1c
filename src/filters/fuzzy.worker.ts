/**
 * Typo matching off the page's main thread (issue 12): at 100,000 projects Fuse.js takes seconds to build its
 * index and ≈0.5–1 s per word, which on the page froze typing, clicks and scrolling. Started by
 * fuzzyRemote.ts the first time a large data set needs a typo match.
 */
import Fuse from 'fuse.js';
import { fuzzyServer, type FromFuzzyWorker, type ToFuzzyWorker } from './fuzzy';

const answer = fuzzyServer(Fuse);
self.onmessage = (e: MessageEvent<ToFuzzyWorker>) => {
  const reply: FromFuzzyWorker | null = answer(e.data);
  if (!reply) return;
  if (reply.type === 'hits') postMessage(reply, { transfer: [reply.at.buffer, reply.score.buffer] });
  else postMessage(reply);
};
