/** The province of a Chinese delivery address, as the Inquiries sheet's 地区 holds it (short name). */

// Longest first where one name starts another would matter; none do, but 黑龙江/内蒙古 keep three characters.
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];

/** '浙江省 杭州市 西湖区 …' → '浙江'; '广西壮族自治区 …' → '广西'; '' when no province leads the address. */
export function provinceOf(address: string): string {
  const text = address
    .normalize('NFKC')
    .trim()
    .replace(/^中国\s*/, '');
  for (const province of PROVINCES) if (text.startsWith(province)) return province;
  return '';
}

/** Compares regions as people write them: '浙江省' and '浙江' are the same province. */
export function sameRegion(a: string, b: string): boolean {
  const short = (s: string) => provinceOf(s) || s.normalize('NFKC').trim();
  return short(a) === short(b);
}
