// Chinese place names that open many registered company names (深圳市大疆…, 北京字节跳动…) but are not
// how people refer to the company. Each canonical name maps to the spellings that may appear.

const municipalities = ['北京', '上海', '天津', '重庆'];

const provinces = toWords(`
  河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南
  四川 贵州 云南 陕西 甘肃 青海 台湾
`);

// The largest cities by population and economy, plus provincial capitals. 中山 is left out on purpose:
// 中山大学 and many 中山-named brands are not in 中山.
const cities = toWords(`
  深圳 广州 成都 杭州 武汉 西安 苏州 南京 郑州 长沙 东莞 沈阳 青岛 合肥 佛山 宁波
  昆明 济南 福州 大连 厦门 无锡 哈尔滨 长春 石家庄 南宁 贵阳 南昌 太原 温州 泉州 常州
  南通 徐州 烟台 珠海 惠州 嘉兴 绍兴 金华 潍坊 唐山 兰州 乌鲁木齐 呼和浩特 海口 银川 西宁
  拉萨 台北 新北 台中 高雄
`);

const specialForms: Record<string, string[]> = {
  内蒙古: ['内蒙古自治区', '内蒙'],
  广西: ['广西壮族自治区', '广西自治区'],
  西藏: ['西藏自治区'],
  宁夏: ['宁夏回族自治区', '宁夏自治区'],
  新疆: ['新疆维吾尔自治区', '新疆自治区'],
  香港: ['香港特别行政区', '香港特区'],
  澳门: ['澳门特别行政区', '澳门特区'],
};

/** Every spelling → its canonical name, longest spelling first so 北京市 wins over 北京. */
export const regionSpellings: ReadonlyArray<readonly [spelling: string, region: string]> = [
  ...municipalities.flatMap((name) => [pair(`${name}市`, name), pair(name, name)]),
  ...provinces.flatMap((name) => [pair(`${name}省`, name), pair(name, name)]),
  ...cities.flatMap((name) => [pair(`${name}市`, name), pair(name, name)]),
  ...Object.entries(specialForms).flatMap(([name, forms]) => [
    ...forms.map((form) => pair(form, name)),
    pair(name, name),
  ]),
].sort((a, b) => b[0].length - a[0].length);

const regionBySpelling = new Map(regionSpellings);

/** The canonical region for an exact spelling (广东省 → 广东), or undefined. */
export function findRegion(spelling: string): string | undefined {
  return regionBySpelling.get(spelling);
}

function toWords(text: string): string[] {
  return text.trim().split(/\s+/u);
}

function pair(spelling: string, region: string): readonly [string, string] {
  return [spelling, region];
}
