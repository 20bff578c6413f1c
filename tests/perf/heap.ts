/** The perf scripts' heap reading: the page and every worker it starts (bench.ts, tiles.ts). */
import type { CDPSession, Page } from 'playwright-core';

let nextId = 1;
const pending = new Map<number, (v: unknown) => void>();
function sendToTarget(cdp: CDPSession, sessionId: string, method: string): Promise<unknown> {
  const id = nextId++;
  return new Promise((ok, fail) => {
    pending.set(id, ok);
    setTimeout(() => fail(new Error('worker did not answer')), 5000);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

/** A CDP session on the page that keeps a session with each worker the page starts (call before `goto`). */
export async function watchWorkers(page: Page): Promise<{ cdp: CDPSession; workers: Map<string, true> }> {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Map<string, true>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.set(e.sessionId, true);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id && pending.has(m.id)) {
      pending.get(m.id)!(m.result);
      pending.delete(m.id);
    }
  });
  // Non-flattened sessions (messages wrapped in sendMessageToTarget), so playwright's own session is untouched.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return { cdp, workers };
}

/**
 * Heap in use (MB) of the page and its workers, each after its own garbage collection, via CDP (a collection
 * on the page does not reach a worker's heap: without it, the workers' garbage from parsing counted too).
 */
export async function heapMB(cdp: CDPSession, workers: Map<string, true>): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  let used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  for (const sessionId of workers.keys()) {
    await sendToTarget(cdp, sessionId, 'HeapProfiler.collectGarbage').catch(() => null);
    const r = await sendToTarget(cdp, sessionId, 'Runtime.getHeapUsage').catch(() => null);
    if (r) used += (r as { usedSize: number }).usedSize;
  }
  return used / 1e6;
}
