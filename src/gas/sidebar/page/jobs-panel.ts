import type { SidebarBoot, SidebarJobOutcome } from '../functions';
import { h, progressBar, replace } from './dom';
import { t } from './i18n';
import { call, errorText } from './server';

const POLL_MS = 800;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a job and waits for its outcome (Apps Script settles it within the call that started it). */
async function runJob(job: string, argument: string, lang: string): Promise<SidebarJobOutcome> {
  const { id } = await call<{ id: string }>('sidebarRunJob', job, argument);
  for (;;) {
    const outcome = await call<SidebarJobOutcome>('sidebarJobResult', id, lang);
    if (outcome.state === 'done') return outcome;
    await wait(POLL_MS);
  }
}

export function renderJobs(root: HTMLElement, boot: SidebarBoot, afterJob: () => void): void {
  const status = h('div', { class: 'status', 'data-test': 'job-status', 'aria-live': 'polite' });
  const buttons: HTMLButtonElement[] = [];
  const rows = boot.jobs.map(({ job, argument }) => {
    const name = t(`sidebar.job.${job}`);
    const input =
      argument === null
        ? null
        : h('input', {
            type: 'text',
            'data-test': `job-${job}-argument`,
            placeholder: t(argument === 'month' ? 'sidebar.jobs.month' : 'sidebar.jobs.period'),
            'aria-label': t(argument === 'month' ? 'sidebar.jobs.month' : 'sidebar.jobs.period'),
          });
    const button = h('button', { type: 'button', 'data-test': `job-${job}` }, name);
    buttons.push(button);
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      replace(status, h('div', {}, t('sidebar.jobs.running', { job: name })), progressBar());
      try {
        const outcome = await runJob(job, input?.value ?? '', boot.lang);
        const ok = outcome.state === 'done' && outcome.ok;
        replace(
          status,
          h(
            'div',
            { class: ok ? 'ok' : 'error' },
            t(ok ? 'sidebar.jobs.done' : 'sidebar.jobs.failed', { job: name }),
          ),
          h(
            'pre',
            { class: 'result', 'data-test': 'job-result' },
            outcome.state === 'done' ? outcome.message : '',
          ),
        );
      } catch (error) {
        replace(status, h('div', { class: 'error', 'data-test': 'job-result' }, errorText(error)));
      } finally {
        for (const b of buttons) b.disabled = false;
        afterJob();
      }
    });
    return h('div', { class: 'job' }, button, input);
  });
  replace(root, h('p', { class: 'gray' }, t('sidebar.jobs.intro')), ...rows, status);
}
