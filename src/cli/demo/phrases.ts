/**
 * Text banks for the demo, one per category of the default taxonomy (zh labels), written like
 * real Taobao / 1688 chats and reviews of a home-textile and children's shop (seed 000: gifts,
 * smell, courier, packaging, colours, kids liking it). `{p}` is a product, `{a}` an agent, and a
 * leading `<word>` limits an entry to products whose name contains the word.
 */

export const PRE_SALE_QUESTIONS: Record<string, readonly string[]> = {
  价格优惠: [
    '{p}还有优惠吗？',
    '能便宜点吗，买两套的话',
    '有没有优惠券可以领？',
    '双十一价格会不会更低啊',
    '现在下单有满减吗',
    '老客户有折扣吗😊',
    '这个价格能再少点不？',
    '店铺优惠券怎么用不了？',
    '拍两件能打折吗',
  ],
  赠品: [
    '下单送什么赠品呀？',
    '有小礼物送吗，买来送人的',
    '赠品是什么？能换成枕巾吗',
    '别家都送收纳袋和毛巾，你们送啥赠品',
    '买两件赠品可以多给一份吗',
    '赠品能选颜色吗？',
    '活动送的小毛巾还有吗',
    '送人的，有礼品袋吗？',
  ],
  运费: [
    '包邮吗？',
    '新疆包邮吗，运费多少',
    '偏远地区要加运费吗？',
    '退货运费谁出呀',
    '两件一起发运费怎么算',
    '有运费险吗？',
  ],
  库存: [
    '{p}还有现货吗',
    '粉色的还有货吗？',
    '<四件套>1.5米的什么时候补货',
    '这个颜色是不是缺货了？',
    '浅灰色还有库存吗',
  ],
  尺寸规格: [
    '<四件套>１.８米的床用哪个尺寸？',
    '<四件套>被套尺寸是200×230的吗',
    '<睡袋>宝宝两岁选多大码？',
    '<乳胶枕>枕头多高，孩子5岁能用吗',
    '<床笠>床垫25厘米厚，床笠能套进去吗',
    '{p}尺寸多大？有几种规格',
    '{p}有大一点的规格吗',
  ],
  发货时效: [
    '今天拍明天能发货吗',
    '几天到广州？',
    '什么时候发货呀，急用',
    '下午四点前下单当天发吗？',
    '发什么快递？多久能到',
    '周末发货吗',
  ],
  材质安全: [
    '是纯棉的吗？会起球吗',
    '宝宝用的，甲醛检测过吗',
    '是A类标准吗，婴儿能直接接触吗？',
    '面料会掉色吗',
    '{p}是什么材质，透气吗',
    '有没有异味？给孩子用的',
  ],
  其他: ['能开发票吗', '可以改地址吗？', '你们是工厂还是贸易公司', '有没有实拍图', '可以开专票吗？'],
};

/** What 1688 wholesale and distribution buyers ask instead. */
export const WHOLESALE_QUESTIONS: Record<string, readonly string[]> = {
  价格优惠: [
    '{p}批发价多少？100套起',
    '批发价怎么算，量大能优惠吗',
    '出厂价格多少，长期拿货',
    '500件以上什么价格',
  ],
  库存: ['{p}库存多少，想拿200套', '现货能拿多少？混批可以吗', '这款大货有现货吗，什么时候补货'],
  发货时效: ['300套多久发货？', '大货下单多久发货'],
  其他: ['一件代发怎么合作？', '能做贴牌吗', '代理有什么要求', '能发物流吗，我们自己找车'],
};

/** Messages with no category a keyword classifier can find. */
export const QUESTION_NOISE: readonly string[] = [
  '在吗',
  '你好',
  '亲在吗？',
  '[图片]',
  '[链接]',
  '这个',
  '嗯嗯',
  '？？',
];

export const AFTER_SALE_QUESTIONS: Record<string, readonly string[]> = {
  快递问题: [
    '快递三天了还没动，怎么回事',
    '物流一直显示在中转站',
    '显示签收了但我没收到！！',
    '快递太慢了，能催一下吗',
    '快递放驿站也不通知，帮忙查一下',
  ],
  错发漏发: [
    '颜色发错了，我买的是粉色的怎么发来蓝色',
    '<四件套>少发了一个枕套',
    '发错货了，怎么换？',
    '一共拍了两件，少发了一件',
    '赠品没收到，漏发了吧',
  ],
  赠品损坏: [
    '赠品坏了，收纳袋拉链拉不上',
    '送的东西坏了，小毛巾破了个洞',
    '赠品破了😢',
    '赠品有问题，小玩具一拿出来就裂了',
  ],
  产品损坏: [
    '{p}有个破洞，瑕疵太明显了',
    '收到的时候边角裂了',
    '线头很多，还开线了',
    '外包装破了，里面也弄脏了',
    '洗了一次就起球掉色，质量问题吧',
  ],
  使用方法: [
    '{p}怎么洗，能机洗吗',
    '{p}怎么用？说明书看不懂',
    '<爬行垫>爬行垫怎么安装拼接？',
    '第一次怎么用，要先晒吗',
    '怎么洗？会不会缩水',
    '<睡袋>扣子怎么调松紧，有教程吗',
  ],
  尺寸与描述不符: [
    '尺寸和描述不一样，短了十厘米',
    '<四件套>说是200×230，量了只有190，和描述不符',
    '<床笠>床笠太小套不上，详情页写的30厘米深',
    '实物跟图片差太多，小很多',
  ],
  气味材质安全: [
    '{p}味道好大，刺鼻，对宝宝有害吗',
    '打开一股怪味，是不是甲醛超标',
    '有很重的塑料味，晾了几天还有',
    '洗了还是有味道，能退吗？',
    '宝宝用了起疹子，是不是材质有问题',
  ],
};

export interface ReviewPhrases {
  positive: readonly string[];
  negative: readonly string[];
}

export const REVIEW_PHRASES: Record<string, ReviewPhrases> = {
  气味: {
    positive: ['没有异味，放心给孩子用', '一点味道都没有', '拆开没什么味道，洗过很软'],
    negative: [
      '有股味道，晾了两天才散',
      '味道有点大，不敢马上给宝宝用',
      '刺鼻的味道，到现在还有',
      '打开一股塑料味😷',
      '异味太重了，放阳台一个星期还有味',
    ],
  },
  赠品质量: {
    positive: ['赠品也很用心，送的小毛巾很软', '送的收纳袋质量不错', '还送了小礼物，惊喜'],
    negative: ['赠品太敷衍了，就一个小挂件', '赠品质量很差，一洗就坏', '赠品缩水严重'],
  },
  产品质量: {
    positive: [
      '质量很好，做工细致，没有线头',
      '手感很舒服，摸起来软软的',
      '很厚实，质量杠杠的',
      '做工不错，洗了也不起球',
    ],
    negative: ['有线头，做工一般', '洗了一次就起球了', '质量一般，对不起这个价', '缝线歪了，做工粗糙'],
  },
  快递: {
    positive: ['快递很快，第二天就到了', '物流给力，包装完好', '发货速度快，快递小哥也很好'],
    negative: ['快递太慢了，一周才到', '快递盒子都压扁了', '快递放驿站也不说一声'],
  },
  花色: {
    positive: ['颜色很正，和图片一样', '花色好看，很温馨', '图案很可爱🥰', '颜色很高级，配卧室刚好'],
    negative: ['颜色和图片有色差', '花色比图片暗，有点失望'],
  },
  孩子家人喜欢: {
    positive: [
      '孩子很喜欢，天天抱着睡',
      '宝宝很喜欢，小手一直摸',
      '<爬行垫>宝宝超喜欢，一放下就在上面爬',
      '买给我妈的，妈妈喜欢得不得了',
      '女儿很喜欢上面的小熊',
      '老公喜欢，说比之前买的舒服',
    ],
    negative: [],
  },
  别人也想买: {
    positive: [
      '闺蜜看到也想买，已经把链接发给她了',
      '同事看到也问我要链接',
      '婆婆看到了也想要一套',
      '邻居家宝妈也想买',
    ],
    negative: [],
  },
  售后服务态度: {
    positive: [
      '售后处理很快，态度很好，直接补发了',
      '有点小问题，售后很快就解决了',
      '售后很负责，主动联系我',
    ],
    negative: ['售后态度很差，推来推去', '找售后半天没人理', '售后只会说亲亲抱歉，问题不解决'],
  },
  额外购买: {
    positive: [
      '用着好又回购了一套枕套',
      '又加购了两条毛巾',
      '准备再买一套换洗',
      '第三次回购了，还给家里老人买了一条',
    ],
    negative: [],
  },
  客服表扬: {
    positive: [
      '客服{a}很耐心，问了好多问题都解答了',
      '{a}服务很好，推荐的尺寸刚刚好',
      '谢谢客服{a}，很贴心，帮我包成礼盒送人很有面子',
      '要表扬一下客服{a}，回复超快👍',
      '客服{a}很热情，有问必答',
    ],
    negative: [],
  },
};

/** Reviews with no category a keyword classifier can find. */
export const REVIEW_NOISE: readonly string[] = [
  '此用户没有填写评价。',
  '好评',
  '不错不错',
  '👍👍👍',
  '还行吧',
  '满意',
  '物美价廉',
];

/** What a buyer who leaves writes after the agent's reply: mostly a reason, sometimes none. */
export const PARTING_WORDS: readonly string[] = [
  '太贵了，我再看看',
  '有点贵了，别家便宜',
  '运费太贵了，算了',
  '没有赠品啊，那算了',
  '好的谢谢',
  '等不及了，我着急用',
  '没有大码啊，穿不了',
  '我考虑一下',
  '没货了吗？那不等了',
  '嗯嗯',
  '不急，我先看看别家',
  '你们回复太慢了，已经在别家买了',
];
export const GREETINGS: readonly string[] = ['亲，', '你好，', '在吗？', '老板，', '亲亲，', '客服你好，'];
export const EMOJI = {
  asking: ['😊', '🙏', '🤔', '[微笑]'],
  happy: ['😊', '👍', '🥰', '❤️', '[微笑]'],
  upset: ['😭', '😢', '😤', '🙏'],
} as const;
export const JOINERS: readonly string[] = ['，', '。', '！', '，另外', ' '];

export const FOLLOW_UPS = {
  converted: ['已付款', '已发货', '已下单待发', ''],
  lost: ['已发优惠券', '明天回访', '已加微信', '客户说再看看', '', ''],
  wholesale: ['已寄样品', '报价已发', '等客户确认数量', '已加微信'],
  afterSale: {
    快递问题: ['已联系快递催件', '已补发', '已登记'],
    错发漏发: ['已补发', '已换货'],
    赠品损坏: ['已补寄赠品', '补偿5元红包'],
    产品损坏: ['已退款', '已换货', '补偿10元'],
    使用方法: ['已发使用说明视频', '已解答'],
    尺寸与描述不符: ['已退货退款', '已换货'],
    气味材质安全: ['已退款', '建议通风晾晒', '已换货', '已提交质检'],
  } as Record<string, readonly string[]>,
};

export const NOTES: readonly string[] = [
  '要发票',
  '老客户介绍',
  '双11预售',
  '顺丰到付',
  '送礼，要礼盒',
  '催过一次',
];

export interface ProbeScript {
  /** When the probe happens: before our praise script, after it, in the gift crunch, or any time. */
  phase: 'early' | 'middle' | 'late' | 'any';
  /** Competitor index in DEMO_COMPETITORS, when the script is about one of them. */
  competitor?: number;
  question: string;
  theirAnswer: string;
  ourAnswer: string;
  better: 'ours' | 'theirs' | 'same';
}

/** Questions put to competitors' desks and answered by ours (seed 000's competitor homework). */
export const PROBE_SCRIPTS: readonly ProbeScript[] = [
  {
    phase: 'early',
    competitor: 0,
    question: '1.8米床用多大的四件套？',
    theirAnswer: '亲，1.8米床建议选200×230被套哦～我是客服小暖，有问题随时找我，满意的话评价里帮我点个赞呀😊',
    ourAnswer: '200×230的。',
    better: 'theirs',
  },
  {
    phase: 'early',
    competitor: 0,
    question: '宝宝用的会不会掉色？',
    theirAnswer: '亲放心，我们是A类婴幼儿标准，有检测报告，我发您看下～我是糖糖，用的时候有问题随时找我哦',
    ourAnswer: '不会掉色的亲',
    better: 'theirs',
  },
  {
    phase: 'early',
    competitor: 1,
    question: '爬行垫有没有味道？',
    theirAnswer: '刚拆开会有轻微味道，通风一两天就散了，我们是XPE环保材质，附检测报告',
    ourAnswer: '没有味道的亲',
    better: 'theirs',
  },
  {
    phase: 'any',
    question: '包邮吗？偏远地区呢？',
    theirAnswer: '江浙沪包邮，偏远地区补10元',
    ourAnswer: '全国包邮（新疆西藏除外），新疆补5元运费就可以哦亲',
    better: 'ours',
  },
  {
    phase: 'any',
    question: '今天下单什么时候发？',
    theirAnswer: '48小时内发货',
    ourAnswer: '亲，下午4点前付款当天发，默认中通，可以备注顺丰',
    better: 'ours',
  },
  {
    phase: 'any',
    question: '能便宜点吗？',
    theirAnswer: '亲，已经是活动价了哦',
    ourAnswer: '亲，已经是活动价了，您可以领一下店铺满199减20的券～',
    better: 'ours',
  },
  {
    phase: 'any',
    question: '会起球吗？',
    theirAnswer: '正常使用不会起球哦，建议反面洗涤',
    ourAnswer: '全棉磨毛面料，正常洗涤不会起球，第一次建议冷水反面洗哦',
    better: 'same',
  },
  {
    phase: 'any',
    question: '能开发票吗',
    theirAnswer: '可以的亲，下单备注抬头和税号',
    ourAnswer: '可以开电子发票，下单后把抬头发给客服就行',
    better: 'same',
  },
  {
    phase: 'middle',
    question: '宝宝两岁睡袋选多大？',
    theirAnswer: '选90码',
    ourAnswer:
      '亲，两岁宝宝身高85-95厘米选90码刚好，我是小美，之后有任何问题随时找我，满意的话评价里表扬一下我哦😊',
    better: 'ours',
  },
  {
    phase: 'middle',
    question: '被芯第一次用要洗吗？',
    theirAnswer: '不用洗',
    ourAnswer: '羽绒被芯不建议水洗，拆开拍打晾晒半天就可以了，我是阿杰，有问题随时找我哦',
    better: 'ours',
  },
  {
    phase: 'late',
    competitor: 0,
    question: '下单有什么赠品？',
    theirAnswer: '现在下单送纯棉枕巾一对+收纳袋，两件再送儿童毛巾一条🎁',
    ourAnswer: '送一个收纳袋哦亲',
    better: 'theirs',
  },
  {
    phase: 'late',
    question: '买来送人的，能包装一下吗？',
    theirAnswer: '可以的，免费礼盒包装+手写贺卡，再送您一份小礼物',
    ourAnswer: '可以用礼盒装，需要加10元',
    better: 'theirs',
  },
  {
    phase: 'late',
    question: '赠品可以选吗？',
    theirAnswer: '可以选枕巾、毛巾或者收纳袋，任选两样',
    ourAnswer: '赠品是固定的收纳袋哦',
    better: 'theirs',
  },
];

const ONLY_FOR = /^<([^>]+)>/;

/** The bank entries that fit a product: an entry tagged `<爬行垫>…` only fits products whose name has 爬行垫. */
export function fitting(bank: readonly string[], product: string): string[] {
  const fits = bank.filter((entry) => {
    const tag = ONLY_FOR.exec(entry);
    return !tag || product.includes(tag[1]!);
  });
  return fits.map((entry) => entry.replace(ONLY_FOR, ''));
}

/** Fills `{p}` (product) and `{a}` (agent) in a bank entry. */
export function fill(template: string, values: { p?: string; a?: string }): string {
  return template.replaceAll('{p}', values.p ?? '这款').replaceAll('{a}', values.a ?? '');
}

/** Glues two sentences: after a closing mark only a space (or nothing), else one of the joiners. */
export function joinSentences(first: string, second: string, joiner: string): string {
  if (/[？！。?!～]$/u.test(first)) return first + (joiner === ' ' ? ' ' : '') + second;
  return first + joiner + second;
}

/** Some people type on a PC keyboard: half-width punctuation instead of full-width. */
export function toHalfWidthPunctuation(text: string): string {
  return text.replaceAll('，', ',').replaceAll('？', '?').replaceAll('！', '!').replaceAll('。', '.');
}
