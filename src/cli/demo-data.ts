// Demo data for `crm seed-demo`: a sales team, a manager, a service colleague, an admin and about
// fifty customers with Chinese and English names, so the console is interesting at once.

export const demoTeam = '华东销售 East China Sales';

export const demoPeople = [
  { key: 'manager', name: '王经理', role: 'manager', locale: 'zh-Hans' },
  { key: 'zhang', name: '张伟', role: 'rep', locale: 'zh-Hans' },
  { key: 'li', name: '李娜', role: 'rep', locale: 'zh-Hans' },
  { key: 'tom', name: 'Tom Chen', role: 'rep', locale: 'en' },
  { key: 'service', name: '赵客服', role: 'service', locale: 'zh-Hans' },
  { key: 'admin', name: '管理员', role: 'admin', locale: 'zh-Hans' },
] as const;
export type DemoPersonKey = (typeof demoPeople)[number]['key'];

type DemoCustomer = [
  name: string,
  owner: DemoPersonKey | null,
  grade: 'A' | 'B' | 'C' | 'D',
  region: string,
  industry: string,
  aliases?: string[],
];

export const demoCustomers: DemoCustomer[] = [
  ['华为技术有限公司', 'zhang', 'A', '深圳', '通信', ['HW', 'Huawei']],
  ['华为终端有限公司', 'li', 'B', '东莞', '消费电子'],
  ['招商银行股份有限公司', 'zhang', 'A', '深圳', '金融', ['招行', 'CMB']],
  ['台積電股份有限公司', 'li', 'A', '新竹', '半导体', ['TSMC']],
  ['深圳市大疆创新科技有限公司', 'zhang', 'B', '深圳', '无人机', ['DJI']],
  ['北京字节跳动科技有限公司', 'li', 'A', '北京', '互联网', ['字节']],
  ['阿里巴巴(中国)有限公司', 'zhang', 'A', '杭州', '互联网', ['阿里']],
  ['腾讯科技(深圳)有限公司', 'li', 'A', '深圳', '互联网', ['腾讯']],
  ['比亚迪股份有限公司', 'zhang', 'B', '深圳', '汽车'],
  ['宁德时代新能源科技股份有限公司', 'li', 'A', '宁德', '新能源', ['CATL']],
  ['美的集团股份有限公司', 'zhang', 'B', '佛山', '家电'],
  ['格力电器股份有限公司', 'li', 'B', '珠海', '家电'],
  ['海尔集团', 'zhang', 'C', '青岛', '家电'],
  ['小米科技有限责任公司', 'li', 'B', '北京', '消费电子', ['小米']],
  ['联想集团有限公司', 'zhang', 'B', '北京', 'IT'],
  ['中国平安保险(集团)股份有限公司', 'li', 'A', '深圳', '金融', ['平安']],
  ['上海浦东发展银行股份有限公司', 'zhang', 'B', '上海', '金融', ['浦发银行', '浦发']],
  ['顺丰控股股份有限公司', 'li', 'B', '深圳', '物流', ['顺丰']],
  ['京东集团', 'zhang', 'B', '北京', '电商'],
  ['网易(杭州)网络有限公司', 'li', 'C', '杭州', '互联网', ['网易']],
  ['蔚来汽车', 'zhang', 'C', '上海', '汽车'],
  ['理想汽车', 'li', 'C', '北京', '汽车'],
  ['海康威视数字技术股份有限公司', 'zhang', 'B', '杭州', '安防', ['海康']],
  ['中兴通讯股份有限公司', 'li', 'B', '深圳', '通信', ['中兴']],
  ['药明康德', 'zhang', 'C', '上海', '医药'],
  ['恒瑞医药', 'li', 'C', '连云港', '医药'],
  ['万科企业股份有限公司', 'zhang', 'D', '深圳', '地产'],
  ['中国建筑股份有限公司', 'li', 'C', '北京', '建筑', ['中建']],
  ['鸿海精密工業股份有限公司', 'li', 'B', '新北', '制造', ['富士康']],
  ['聯發科技股份有限公司', 'zhang', 'B', '新竹', '半导体', ['联发科', 'MediaTek']],
  ['Acme Corp', 'tom', 'A', 'San Francisco', 'Manufacturing'],
  ['Globex Corporation', 'tom', 'B', 'Springfield', 'Energy', ['Globex']],
  ['Initech Inc.', 'tom', 'C', 'Austin', 'Software'],
  ['Umbrella Co., Ltd.', 'tom', 'B', 'Raccoon City', 'Pharma'],
  ['Stark Industries', 'tom', 'A', 'New York', 'Defense'],
  ['Wayne Enterprises', 'tom', 'A', 'Gotham', 'Conglomerate'],
  ['Hooli Inc.', 'tom', 'B', 'Palo Alto', 'Internet'],
  ['Pied Piper', 'tom', 'D', 'Palo Alto', 'Software'],
  ['Soylent Corporation', 'tom', 'C', 'New York', 'Food'],
  ['Cyberdyne Systems', 'tom', 'B', 'Sunnyvale', 'Robotics'],
  ['Tyrell Corporation', 'tom', 'C', 'Los Angeles', 'Biotech'],
  ['Massive Dynamic', 'tom', 'B', 'Boston', 'Research'],
  ['Vandelay Industries', 'tom', 'D', 'New York', 'Import/Export'],
  ['Oscorp', 'tom', 'C', 'New York', 'Chemicals'],
  ['Gringotts Bank', 'tom', 'B', 'London', 'Finance'],
  ['Nakatomi Trading Corp.', 'tom', 'C', 'Los Angeles', 'Trading'],
  ['Duff Brewing Company', 'tom', 'D', 'Springfield', 'Beverages'],
  ['苏州汇川技术有限公司', null, 'C', '苏州', '工业自动化'],
  ['杭州安恒信息技术股份有限公司', null, 'D', '杭州', '网络安全'],
  ['南京南瑞继保电气有限公司', null, 'C', '南京', '电力'],
];

export const demoContacts: [customer: string, name: string, title: string, phone: string, email: string][] = [
  ['华为技术有限公司', '张总', '采购总监', '13800138001', 'zhang.zong@example.com'],
  ['华为技术有限公司', '刘工', '技术经理', '13800138002', 'liu.gong@example.com'],
  ['招商银行股份有限公司', '李经理', '科技部经理', '13900139001', 'li.jingli@example.com'],
  ['台積電股份有限公司', '陳經理', '採購經理', '+886 912 345 678', 'chen@example.com.tw'],
  ['Acme Corp', 'Zhang', 'CTO', '+1 415 555 0100', 'zhang@acme.example'],
  ['Acme Corp', 'Sarah', 'procurement', '+1 415 555 0101', 'sarah@acme.example'],
  ['Globex Corporation', 'Hank Scorpio', 'CEO', '+1 217 555 0199', 'hank@globex.example'],
];

export const demoVisits: [
  customer: string,
  author: DemoPersonKey,
  daysAgo: number,
  summary: string,
  followUpInDays: number | null,
][] = [
  ['华为技术有限公司', 'zhang', 6, '和张总聊了明年的采购计划，对方关心交付周期', 3],
  ['招商银行股份有限公司', 'zhang', 3, '李经理希望下周看演示环境', 1],
  ['台積電股份有限公司', 'li', 2, '陳經理詢問報價，競品也在報價', 5],
  ['Acme Corp', 'tom', 4, 'Met CTO Zhang; they want a quote for 200 seats', -1],
  ['Globex Corporation', 'tom', 1, 'Call with Hank about the renewal, budget approved', 7],
  ['北京字节跳动科技有限公司', 'li', 10, '初次拜访，介绍产品', null],
];
