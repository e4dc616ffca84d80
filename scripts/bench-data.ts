// Deterministic data and timing summaries shared by the benchmark scripts.

const heads = '金星银河东方华夏恒通宏达新源瑞丰嘉禾永盛天成博远鼎盛中科联创卓越汇智景泰晨光';
const middles = '安德福广海和华佳锦凯乐林明鹏启荣盛泰通维祥信阳亿英远泽正志智众卓';
const trades = [
  '科技',
  '电子',
  '机械',
  '医药',
  '物流',
  '能源',
  '材料',
  '软件',
  '食品',
  '化工',
  '贸易',
  '建材',
  '纺织',
  '环保',
  '通信',
];
const cities = ['', '', '深圳市', '上海', '北京', '杭州', '苏州'];

/** Deterministic, unique company names: Chinese for most, English for one in five. */
export function companyName(i: number): string {
  if (i % 5 === 4)
    return `Company ${(i * 7919) % 1_000_003} ${['Holdings', 'Systems', 'Labs', 'Partners'][i % 4]} Inc.`;
  const a = heads[i % heads.length]!;
  const b = middles[Math.floor(i / heads.length) % middles.length]!;
  const c = middles[Math.floor(i / (heads.length * middles.length)) % middles.length]!;
  const d = heads[Math.floor(i / (heads.length * middles.length * middles.length)) % heads.length]!;
  return `${cities[i % cities.length]}${a}${b}${c}${d}${trades[i % trades.length]}有限公司`;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(label: string, samples: number[]): void {
  if (samples.length === 0) return;
  const sorted = [...samples].sort((x, y) => x - y);
  console.log(
    `${label}: n=${sorted.length} median=${percentile(sorted, 50).toFixed(2)} ms p95=${percentile(sorted, 95).toFixed(2)} ms p99=${percentile(sorted, 99).toFixed(2)} ms`,
  );
}
