import { describe, expect, it } from 'vitest';
import { defaultTaxonomyRows } from '../../../src/core/classify/taxonomy-rules';
import { readText } from '../../../src/core/reading/reader';
import { readerOf } from '../../../src/core/reading/taxonomy-reader';

const reader = readerOf(defaultTaxonomyRows('zh'), 'review');
const words = (text: string) => readText(reader, text).evidence;

describe('constructions the reading takes as a person does', () => {
  it('reads 就是 before praise with no polarity word before it as emphasis, not a contrast', () => {
    const [good] = words('质量就是好');
    expect(good).toMatchObject({ word: '好', value: 1 });
    expect(good!.contrast).toBeUndefined();
    expect(words('挺好的就是有点贵').find((ev) => ev.word === '贵')!.contrast).toBe('就是');
    expect(words('挺好的，就是有点贵').find((ev) => ev.word === '贵')!.contrast).toBe('就是');
  });

  it('takes 超市 as one word, not the degree word 超', () => {
    expect(words('这个比超市便宜')).toEqual([expect.objectContaining({ word: '便宜', value: 1 })]);
    expect(words('这个比超市便宜')[0]!.degree).toBeUndefined();
  });

  it('reads X不说 (not to mention) as no negator of what follows', () => {
    const read = words('包装破了不说还很脏');
    expect(read.find((ev) => ev.word === '很脏' || ev.word === '脏')!.value).toBeLessThan(0);
    expect(read.every((ev) => ev.negator === undefined)).toBe(true);
  });

  it('turns the words a wish asks for, at half weight, and counts a bare wish as a mild complaint', () => {
    expect(words('要是能再便宜点就好了')).toEqual([
      expect.objectContaining({ word: '便宜', value: -0.5, wish: '就好了' }),
    ]);
    expect(words('如果送个鼠标就更好了')).toEqual([
      expect.objectContaining({ word: '就更好了', value: -0.5 }),
    ]);
  });

  it('reads 好 before a word the lexicon does not know and a particle as that word’s degree, not praise', () => {
    expect(words('天好热啊').map((ev) => ev.word)).not.toContain('好');
    expect(words('东西好的').map((ev) => ev.word)).toContain('好');
  });

  it('keeps a negator before 太 from making a complaint of 太多', () => {
    expect(words('放的料没有太多')).toEqual([]);
  });

  it('names the unknown word a complaint degree describes, up to the next word', () => {
    expect(words('睡袋有点拉胯，洗一次就掉毛')[0]).toMatchObject({ word: '有点拉胯', value: -0.5 });
    expect(words('今天太热了')[0]).toMatchObject({ word: '太热', value: -0.5 });
  });

  it('lets a negator assert in a clause ending in a question particle', () => {
    expect(words('这不是骗人吗？')).toEqual([expect.objectContaining({ word: '骗人' })]);
    expect(words('这不是骗人吗？')[0]!.negator).toBeUndefined();
    expect(words('这不是骗人。')[0]!.negator).toBe('不是');
  });
});
