import type { SidebarBoot } from '../functions';
import { h, progressBar, replace } from './dom';
import { t } from './i18n';
import { runJob } from './run-job';
import { errorText } from './server';

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
