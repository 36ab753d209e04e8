/**
 * The demo team's Actions log: what it changed, following the signals the demo plants (seed 000's
 * spiral: notice a share move, change something, watch the share). Dates are days after the start.
 */
import { say } from '../../core/messages';
import { addDays } from '../../core/time';
import type { DemoPeriod } from './period';

export interface DemoAction {
  date: string;
  target: string;
  action: string;
  kind: 'script' | 'gift' | 'packaging' | 'courier' | 'listing' | 'price' | 'other';
  owner: string;
}

export function generateActions(period: DemoPeriod): DemoAction[] {
  const day = (n: number) => addDays(period.start, n);
  const late = period.lateFromWeek * 7;
  return [
    {
      date: day(period.praiseRampWeek * 7),
      target: say('zh', 'effects.target.conversion'),
      action: '售前话术：先问孩子年龄和用途，再推荐尺寸',
      kind: 'script',
      owner: '小美',
    },
    {
      date: day(16),
      target: '气味',
      action: '爬行垫拆封通风 48 小时后再发货，包裹内附说明卡',
      kind: 'packaging',
      owner: '阿杰',
    },
    {
      date: day(23),
      target: '尺寸规格不合适',
      action: '详情页加尺码对照表和平铺实拍',
      kind: 'listing',
      owner: '小林',
    },
    {
      date: day(late + 9),
      target: '赠品不满意',
      action: '赠品由小方巾换成加厚纱布浴巾（竞店送得更好）',
      kind: 'gift',
      owner: '小美',
    },
  ];
}
