import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages/catalogue';
import { SIDEBAR_FUNCTIONS } from '../../src/gas/sidebar/functions';
import { build, SIDEBAR_HTML } from '../../src/tools/build';
import { setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 60_000);

describe('Spiral 面板 / Spiral panel from the bundle', () => {
  it('opens dist/Sidebar.html as a sidebar titled in the workbook’s language', async () => {
    const book = await setUpBook();
    const run = await book.run('showSidebar', 'active');
    expect(run.fakes.ui.sidebars.map((s) => [s.file, s.title])).toEqual([
      [SIDEBAR_HTML, say('zh', 'sidebar.title')],
    ]);
  });

  it('exposes every function the page calls as a top-level function', async () => {
    const book = await setUpBook();
    const { bundle } = book.execution('active');
    for (const name of SIDEBAR_FUNCTIONS) expect(bundle.evaluate(`typeof ${name}`)).toBe('function');
  });

  it('refuses a job the menu does not have, in the workbook’s language', async () => {
    const book = await setUpBook();
    const { bundle } = book.execution('active');
    expect(() => bundle.call('sidebarRunJob', 'deleteEverything', '')).toThrow(
      say('zh', 'sidebar.jobs.unknown', { job: 'deleteEverything' }),
    );
  });
});
