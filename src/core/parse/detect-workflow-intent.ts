// Admin commands and satisfaction records open with their own words; they are read before anything
// else, so 「客诉规则」 is not a complaint about a customer called 规则. The arguments are read by the
// use cases (src/core/intents/admin/read-admin-command.ts, src/core/complaints/read-satisfaction.ts).

const adminPatterns = [
  /^(?:管理命令|管理员命令|管理帮助)$/,
  /^(?:查看|添加|新增|增加|修改|更改|编辑|删除|移除)?(?:客诉|投诉)(?:路由|分配)?规则/,
  /^设置?(?:客诉)?默认处理人/,
  /^(?:查看)?(?:客诉)?期限$|^设置(?:客诉)?期限/,
  /^设置(?:客诉)?工作时间/,
  /^(?:查看|设置)?(?:客户)?关怀周期/,
  /^(?:设置|修改|更改)(?:人员)?(?:角色|团队|小组)/,
  /^(?:set|change) (?:the )?(?:role|team)(?: of)?\s/i,
  /^admin (?:help|commands)$/i,
  /^(?:(?:list|show|add|change|edit|update|delete|remove)\s+)?(?:an?\s+)?(?:complaint\s+)?routing rules?\b/i,
  /^set (?:the )?default (?:complaint )?owner\b/i,
  /^(?:(?:list|show)\s+)?(?:complaint\s+)?deadlines$|^set (?:complaint )?deadlines?\b/i,
  /^set (?:complaint )?working (?:time|hours)\b/i,
  /^(?:(?:list|show|set)\s+)?care cadences?\b/i,
];

const satisfactionPatterns = [
  /^(?:客户)?满意度/,
  /^(?:customer )?satisfaction\b/i,
  /^rate (?:complaint )?#?\d/i,
];

/** admin_command or record_satisfaction when the message opens with their words; null otherwise. */
export function detectWorkflowIntent(body: string): 'admin_command' | 'record_satisfaction' | null {
  const text = body.trim();
  if (adminPatterns.some((pattern) => pattern.test(text))) return 'admin_command';
  if (satisfactionPatterns.some((pattern) => pattern.test(text))) return 'record_satisfaction';
  return null;
}
