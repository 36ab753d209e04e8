/** How the clause-scoped reading explains itself (issue 20): the words that decided a polarity. */
export const readingMessages = {
  'reading.overall': { zh: '{polarity}：{words}', en: '{polarity}: {words}' },
  'reading.aspect': { zh: '{polarity}：{category} — {words}', en: '{polarity}: {category} — {words}' },
  'reading.aspect.rating': {
    zh: '{polarity}：{category} — 无倾向词，按评分',
    en: '{polarity}: {category} — no polarity word, by the rating',
  },
  'reading.noWords': { zh: '无倾向词', en: 'no polarity word' },
  'reading.rating': { zh: '评分 {rating}★', en: 'rating {rating}★' },
  'reading.word': { zh: '{word}（{notes}）', en: '{word} ({notes})' },
  'reading.note.degree': { zh: '程度词 {word}', en: 'degree word {word}' },
  'reading.note.negator': { zh: '否定词 {word}', en: 'negated by {word}' },
  'reading.note.post': { zh: '后置否定 {word}', en: 'negated after by {word}' },
  'reading.note.wish': { zh: '愿望 {word}', en: 'wished for by {word}' },
  'reading.note.contrast': { zh: '转折 {word}', en: 'after the contrast {word}' },
  'reading.separator': { zh: '、', en: ', ' },
  'reading.noteSeparator': { zh: '，', en: ', ' },
  'lexicon.badStrength': {
    zh: '“{word}”的强度“{value}”不认识：正面词、负面词的强度填 强、普通 或 弱（空 = 普通）；这一行没有用上',
    en: 'the strength "{value}" of "{word}" is not known: a positive or negative word takes strong, normal or weak (blank = normal); the row was not used',
  },
  'lexicon.badFactor': {
    zh: '“{word}”的倍数“{value}”不是大于 0 的数：否定词、程度词要填倍数，如 1 或 1.5；这一行没有用上',
    en: 'the factor "{value}" of "{word}" is not a number above 0: a negator or degree word takes a factor such as 1 or 1.5; the row was not used',
  },
  'lexicon.badSide': {
    zh: '“{word}”的位置“{value}”不认识：转折词填 后、前 或 句内（空 = 后）；这一行没有用上',
    en: 'the side "{value}" of "{word}" is not known: a contrast word takes after, before or within (blank = after); the row was not used',
  },
} as const;
