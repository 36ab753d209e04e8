import type { SidebarJobOutcome } from '../functions';
import { t } from './i18n';
import { call } from './server';

const POLL_MS = 800;
/** Apps Script ends an execution at 6 minutes: past 6.5 the job is not coming back (as jobs.ts's JOB_LIMIT_MS). */
export const PAGE_LIMIT_MS = 390_000;

export interface JobDeps {
  call: <T>(name: string, ...args: unknown[]) => Promise<T>;
  wait: (ms: number) => Promise<unknown>;
  now: () => number;
  /** The failure shown when the job outlives the limit. */
  killed: () => string;
}

const PAGE: JobDeps = {
  call,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  killed: () => t('sidebar.jobs.killed'),
};

/** Starts a menu job and waits for its outcome; after 6.5 minutes it reports failure and stops asking. */
export async function runJob(
  job: string,
  argument: string,
  lang: string,
  deps: JobDeps = PAGE,
): Promise<SidebarJobOutcome> {
  const started = deps.now();
  const { id } = await deps.call<{ id: string }>('sidebarRunJob', job, argument);
  for (;;) {
    if (deps.now() - started > PAGE_LIMIT_MS) return { state: 'done', ok: false, message: deps.killed() };
    const outcome = await deps.call<SidebarJobOutcome>('sidebarJobResult', id, lang);
    if (outcome.state === 'done') return outcome;
    await deps.wait(POLL_MS);
  }
}
