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
  'reading.note.contrast': { zh: '转折 {word}', en: 'after the contrast {word}' },
  'reading.separator': { zh: '、', en: ', ' },
  'reading.noteSeparator': { zh: '，', en: ', ' },
} as const;
