/** How a tab's titles, sections and notes look, shared by every tab Spiral draws. */
import type { AreaStyle } from '../../ports';

export type Look = Omit<AreaStyle, 'row' | 'col' | 'rows' | 'cols'>;
export const TITLE: Look = { bold: true, fontSize: 14 };
export const SECTION: Look = { bold: true, fontSize: 12, background: '#e8f0fe' };
export const SUBTITLE: Look = { bold: true };
export const NOTE: Look = { fontColor: '#5f6368', italic: true };
