import type { SidebarJobOutcome } from '../functions';
import { call } from './server';

const POLL_MS = 800;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a menu job and waits for its outcome (Apps Script settles it within the call that started it). */
export async function runJob(job: string, argument: string, lang: string): Promise<SidebarJobOutcome> {
  const { id } = await call<{ id: string }>('sidebarRunJob', job, argument);
  for (;;) {
    const outcome = await call<SidebarJobOutcome>('sidebarJobResult', id, lang);
    if (outcome.state === 'done') return outcome;
    await wait(POLL_MS);
  }
}
