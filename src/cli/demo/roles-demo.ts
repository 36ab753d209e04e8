/**
 * The demo's product roles (issue 23 item 2): the team types two roles on the catalogue — the
 * first item it sells as 渠道款 and the summer mat nobody buys yet as 活动款 — and Spiral suggests
 * the rest; the month tab's section is summed up in one line.
 */
import { say } from '../../core/messages';
import type { RoleSection, RolesReport } from '../../core/roles';
import { PRODUCT_ROLES } from '../../core/roles';
import { enumLabel, type Lang } from '../../core/sheets';
import { percentText } from '../../core/summary';

/** The catalogue's 角色 cells: channel for the first item, promotion for the unsold one, the rest blank. */
export function demoTypedRoles(
  catalogue: readonly (string | number)[][],
  unsold: string,
  lang: Lang,
): string[] {
  return catalogue.map((row, i) =>
    row[0] === unsold
      ? enumLabel('productRole', 'promotion', lang)
      : i === 0
        ? enumLabel('productRole', 'channel', lang)
        : '',
  );
}

export function rolesDemoLine(report: RolesReport, month: string, section: RoleSection, lang: Lang): string {
  const list = lang === 'zh' ? '、' : ', ';
  const roles = PRODUCT_ROLES.map((role) =>
    say(lang, 'demo.rolesCount', {
      role: enumLabel('productRole', role, lang),
      count: section.roles[role].length,
    }),
  ).join(list);
  const top = section.roles.traffic[0];
  const traffic = top
    ? say(lang, 'demo.rolesTraffic', {
        item: top.item,
        inquiries: top.inquiries,
        rate: percentText(top.conversionRate),
      })
    : say(lang, 'demo.rolesNoTraffic');
  return say(lang, 'demo.roles', {
    typed: report.typed,
    suggested: report.suggested,
    month,
    roles,
    traffic,
    zeroCount: section.zeroSale.length,
    zero: section.zeroSale.map((z) => z.item).join(list),
  });
}
