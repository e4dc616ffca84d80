import { enComplaintCues } from './complaint-cues.ts';
import type { Cue, ScoredIntent } from './intent-cues.ts';

const cue = (intent: ScoredIntent, weight: number, pattern: RegExp, tag?: Cue['tag']): Cue =>
  tag ? { intent, weight, pattern, tag } : { intent, weight, pattern };

// Chat English: past tenses, "w/", "mtg", "vc", dropped subjects ("met w/ Acme", "quick call w Bob").
const meal = '(?:lunch|dinner|breakfast|brunch|coffee|a coffee|drinks|a drink|beers?|tea)';
const session =
  '(?:call|phone call|meeting|mtg|chat|catch-?up|sync|session|workshop|presentation|demo|zoom|teams call|vc|video call|con(?:ference)? call|visit|site visit|walkthrough|review|training|kickoff|kick-off|check-?in|intro|qbr|ebr|poc review|pilot review|steering committee|standup|stand-up|webinar|1:1|one-on-one|briefing|exec briefing|discovery call|deep dive|roadshow|walkthrough|walk-through|convo|conversation|discussion|negotiation|huddle|site survey|survey|evaluation|pilot|poc)';

export const englishCues: Cue[] = [
  // "coffee catch-up w/ Lamna", "lunch mtg with Acme": a meal or a session with someone.
  cue('log_visit', 3, new RegExp(`\\b(?:${meal}|${session})(?:[ -](?:${session}))? (?:w\\/|w |with)`, 'i')),
  // Visits that happened.
  cue(
    'log_visit',
    3,
    new RegExp(
      `\\b(?:visited|met|had (?:a |an |our |the |my |another |quick |short |long |good |great |productive |first |second |follow-?up )*(?:${session}|${meal})|grabbed ${meal}|(?:caught|catching) up|sat down|dropped by|stopped by|swung by|popped (?:in|by|over)|demo(?:'?e)?d|presented|pitched|trained|walked (?:\\S+ ){1,4}through|went (?:to|over to|out to|by)|toured|hosted|spoke (?:with|to)|talked (?:with|to)|called|phoned|rang|hopped on|jumped on|got on|zoomed|synced|connected with|checked in with|touched base|followed up with|was (?:at|onsite|on site)|visit(?:ed)? (?:to|at)|took (?:\\w+ ){1,3}(?:to|out)|showed (?!up)(?:\\w+ ){1,3}(?:the|our)|gave (?:\\w+ )?(?:a |the |our )?(?:demo|presentation|talk|training|tour|walkthrough)|did (?:a |the |our )(?:demo|presentation|training|walkthrough|site visit|call|lunch|dinner)|took (?:\\S+ ){1,4}through|went through|ran through|met up|chatted with|spent (?:the |an |all )?(?:morning|afternoon|day|evening|hour|\\w+ hours?) (?:at|with)|walking (?:\\S+ ){1,4}through|caught (?:\\S+ ){1,3}at|ran into|bumped into|ran (?:a|the) (?:demo|workshop|training|session))\\b`,
      'i',
    ),
    'past',
  ),
  cue(
    'log_visit',
    3,
    new RegExp(
      `\\b(?:visit|meeting|mtg|call (?:w\\/|w |with)|calls? w\\/|vc|video call|zoom (?:call |meeting )?(?:w\\/|with)|teams call|${meal} (?:w\\/|w |with)|demo (?:to|for|with|at)|training (?:for|with|at|session)|workshop (?:for|with|at)|site visit|conference call|phone call|(?<!\\b(?:tech|techs|technician|engineer|someone|somebody|support|us)\\s)on-?site|f2f|face to face|in person)(?![\\w/])`,
      'i',
    ),
  ),
  // "soylent call went well", "Oscorp lunch 🍣", "CMB call, demo scheduled": the customer, then the session.
  cue(
    'log_visit',
    3,
    new RegExp(
      `^[^,:;!?]{1,40}?\\s(?:${meal}|${session})(?=\\s*(?:[,:;.!—–-]|$|\\p{Extended_Pictographic}|went|was|is done|done|complete|completed|finished|wrapped|of the|with (?:their|the|our)|today|yesterday|this (?:morning|afternoon)|follow|recap|notes))`,
      'iu',
    ),
    'past',
  ),
  cue(
    'log_visit',
    3,
    /\bcame (?:by|in|over|round|around|to (?:our|the) (?:office|site|plant|factory|hq|showroom))\b|\bsite tour\b|\b(?:joined|attended|came to) (?:our|the|a|an) (?:webinar|event|workshop|demo|session|meeting|call|roadshow|booth|briefing|open house)\b|\b(?:vistied|visted|visitted|vsited|viisted|meet with|mett)\b/i,
    'past',
  ),
  cue('log_visit', 2, /\bwent (?:well|fine|great|ok|okay|smoothly|badly|poorly|south|sideways)\b/i, 'past'),
  cue(
    'log_visit',
    1.5,
    /\b(?:discussed|went over|reviewed|walked through|negotiated|talked|chatted|agreed|covered|pitched)\b/i,
    'past',
  ),
  cue(
    'log_visit',
    1,
    /\b(?:said|says|mentioned|told (?:me|us)|wants?|needs?|asked (?:for|about)|(?:is|are) evaluating|next steps?|went well|interested in|keen on|budget|quote|proposal|pricing)\b/i,
  ),
  cue(
    'log_visit',
    1,
    /\b(?:cto|ceo|cfo|coo|cio|vp|director|manager|head of|procurement|purchasing|buyer|founder|owner)\b/i,
  ),
  cue(
    'log_visit',
    0.5,
    /^(?:today|this (?:morning|afternoon)|yesterday|just|earlier|last (?:week|night))\b/i,
  ),

  // Questions about a customer.
  cue(
    'find_customer',
    3,
    /\bwho (?:owns|handles|manages|covers|runs|looks after|takes care of)\b|\bwho(?: is|'s| are) (?:on|handling|covering|managing|running|looking after|in charge of|responsible for|the (?:account )?(?:owner|rep|manager|am))\b|\bwho'?s (?:the )?(?:account )?(?:owner|rep|am)\b|\b(?:account )?owner (?:of|for)\b|\bwhose (?:account|customer|client)\b/i,
  ),
  cue(
    'find_customer',
    3,
    /\b(?:status|updates?|news|latest|progress|story) (?:with|of|on|for|from|about)\b|\bwhat'?s (?:going on|happening|new|up|the latest|the status|the story|the deal|the situation) (?:with|at|on)\b|\bany (?:news|updates?|progress|word)\b|\bhow(?:'?s| is| are) (?:things|it going|we doing) (?:with|at)\b|\bwhere (?:are|do) we stand\b|\bhow(?:'?s| is| are)\b.{1,40}\b(?:looking|shaping up|progressing|coming along)\b|\bhow(?:'?s| is| are) \w+(?: \w+)? (?:doing|going)\b|\bstatus check\b/i,
  ),
  cue(
    'find_customer',
    3,
    /\b(?:pull up|bring up|tell me (?:\w+ ){0,2}about|info (?:on|about|for)|information (?:on|about|for)|details (?:on|for|of|about)|profile (?:of|for)|show me|look up|lookup|look into|find me|give me|what do (?:we|you) (?:know|have) (?:about|on)|(?:do|did) (?:we|you) have (?:anything|any info|info|notes|something|any notes) (?:on|about|for))\b/i,
  ),
  cue(
    'find_customer',
    3,
    /\bcontacts? (?:for|at|of)\b|'s (?:contacts|phone|number|email|grade|tier|owner|status|decision makers?|champion|main contact|account owner|rep)\b|\b(?:phone|number|email|address) (?:for|of)\b|\bwhat (?:grade|tier|level|class|rating)\b|\b(?:grade|tier) (?:of|for)\b|\bwho(?: is|'s| are) (?:the|our|their) (?:contacts?|decision makers?|main contact|champion|buyer|sponsor|point of contact|poc|signer)\b|\bwhen did (?:we|i|you) (?:last )?(?:visit|meet|call|talk|speak)\b|\blast (?:visit|contact|call) (?:to|with)\b/i,
  ),
  // find / look up / who is open the message as command words (findCommand); these do not.
  cue('find_customer', 2, /^(?:show|what about)\b/i),
  // "do we have Northwind in the system?", "is Hooli in the CRM?", "what's going on there".
  cue(
    'find_customer',
    3,
    /\b(?:do|did) (?:we|you) have\b.{1,60}\b(?:in (?:the |our )?(?:system|crm|database)|as a (?:customer|client))|\bis\s+\S.{0,40}\s+in (?:the |our )?(?:crm|system|database)\b|\bwhat(?:'?s| is) (?:going on|happening|new|up) (?:there|with (?:them|it))\b|\bany (?:open )?(?:issues|complaints|tickets|problems|escalations) (?:with|from|for|at)\b|\b(?:visit|call|meeting|contact|activity) (?:history|log|notes|records?)\b/i,
  ),
  // "Hooli details pls", "how are we doing with Initech", "catch me up on Acme".
  cue(
    'find_customer',
    3,
    /\b(?:details|info|status|profile|contacts|owner|summary|history)(?: pls| please| plz)?[\s?!.]*$|\bhow (?:are|'re) we (?:doing|going|tracking) (?:with|on|at)\b|\bwhere (?:are we|do we stand|we at) (?:with|on)\b|\bwhat stage\b|\b(?:update|catch|fill|brief) me (?:in |up )?on\b|\bremind me who\b|^who (?:at|from|in|over at) \S|\bwho do (?:we|i) know (?:at|in|from|over at)\b|\bwho (?:are|is) (?:our|the) (?:people|folks|contacts?) (?:at|in|over at)\b/i,
  ),

  // The follow-up list.
  cue(
    'list_followups',
    4,
    /\bwhat (?:do|should|must) i (?:need to |have to )?(?:do|follow up|call|chase)|\b(?:who|which (?:\w+ )?(?:customers?|accounts?|clients?|leads?|ones?|deals?)) (?:should|do|must|can|shall) i (?:need to |have to )?(?:call|contact|follow up|reach out|ping|visit|see|chase|email|check on)|\bto-?dos?\b|\bmy (?:tasks|follow[- ]?ups|todos|to-?do list|agenda|schedule|reminders|day|week|list)\b|\bon my plate\b|\bwhat'?s (?:due|pending|next|on (?:my|the) (?:list|plate|agenda|schedule))\b|\bpending (?:follow[- ]?ups|tasks|items)\b|\bneed to follow up (?:on|with)\b|\bfollow[- ]?ups? (?:due|for today|today|this week|list)\b|\banything (?:due|pending|to do|i need)\b|\bwhat should i (?:do|work on)\b|\bwho'?s (?:due|next)\b|\bwho (?:haven'?t i|have i not|did i not) (?:called|contacted|visited|followed up with|seen)\b/i,
  ),
  cue('list_followups', 2, /\boverdue\b/i),
  cue(
    'list_followups',
    4,
    /\bmy (?:overdue|open|pending|late)\b|\boverdue (?:items|tasks|ones|stuff|list)\b/i,
  ),
  cue(
    'list_followups',
    4,
    /\bon (?:deck|tap|the agenda)\b|\b(?:am i|i'?m) (?:supposed|meant|expected) to\b|\bneed to call back\b|\bwho'?s waiting on me\b|\bwhat (?:have i|do i have) (?:got )?(?:on |for )?(?:today|tomorrow|this week|next)\b|\bwhat does my (?:day|week) look like\b|\b(?:what|which) (?:follow[- ]?ups?|tasks|to-?dos|calls|visits) (?:do|have|should|must) i\b|\banything (?:i|we) (?:should|need to|must|have to|ought to)\b|\bwhat'?s next\b|\bwhat (?:i|do i) (?:have|need|got) to do\b|\bwho (?:needs|is waiting for|wants|is owed) (?:a |an )?(?:call|email|reply|follow[- ]?up|visit|callback)\b|\b(?:due|expiring) (?:soon|today|this week)\b|\b(?:am i|i'?m|are we|we'?re) (?:late|behind) (?:on|with)\b/i,
  ),

  // Complaints.
  cue(
    'file_complaint',
    3,
    /\bcomplain(?:t|ts|s|ing|ed)?\b|\bescalat(?:e|ed|es|ing|ion)\b|\bfurious\b|\bangry\b|\bupset\b|\bunhappy\b|\bnot happy\b|\bfrustrated\b|\bfed up\b|\bsick (?:and tired )?of\b|\bhad enough\b|\bpissed\b|\blivid\b|\bannoyed\b|\bdissatisfied\b|\bmad (?:at|about)\b|\bthreaten(?:ing|ed|s)? to\b|\b(?:wants?|demand(?:s|ing)?|asking for|requested) (?:a |their money )?(?:refund|compensation|credit|money back)\b|\brefund\b|\bcancel(?:l?ing|s)? (?:the |their )?(?:contract|order|subscription)\b|\bbad review\b/i,
  ),
  cue(
    'file_complaint',
    2,
    /\b(?:called|phoned|emailed|wrote|rang|pinged) (?:\w+ ){0,3}(?:to complain|to yell|yelling|screaming|about (?:the|a|an|our) (?:problem|issue|outage|bug|defect))/i,
  ),
  cue(
    'file_complaint',
    2,
    /\b(?:is|are|was|were|went|been|goes|still) (?:completely |totally |all )?down\b|\b(?:robots?|machines?|devices?|scanners?|terminals?|servers?|systems?|lines?|sites?|printers?|units?) (?:are |is |went |have been |has been |still )?offline\b|\boutage\b|\bbroken\b|\bbroke\b|\bcrash(?:es|ed|ing)?\b|\bnot working\b|\b(?:doesn'?t|isn'?t|won'?t|can'?t|cannot|didn'?t|couldn'?t|aren'?t) (?:work|load|start|connect|log ?in|sign ?in|open|print|boot|run|sync|working)\b|\bstopped (?:working|running|updating|syncing|refreshing)\b|\b(?:isn'?t|aren'?t|not|won'?t|doesn'?t|don'?t) (?:refreshing|updating|syncing|showing up|responding|printing|charging)\b|\bfail(?:s|ed|ing|ure)\b|\berrors?\b|\bbugs?\b|\bbuggy\b|\bdefect(?:ive|s)?\b|\bfaulty\b|\bdamaged\b|\bmissing\b|\blate (?:delivery|shipment)\b|\bnever (?:arrived|came|showed)\b|\bwrong (?:items?|invoices?|amounts?|parts?|orders?|bills?|products?|sizes?|models?|numbers?|data|figures|totals?|values?|results?|prices?|labels?|versions?|addresses)\b|\bshowed up (?:damaged|broken|late|wrong|with (?:the )?wrong)|\btim(?:ing|es|ed) out\b|\bunresponsive\b|\b(?:won'?t|doesn'?t|not) (?:load|loading|turn on|power on|boot)\b|\bfrozen\b|\bkeeps? (?:getting )?(?:logged out|kicked out|disconnect\w*|crashing|failing|freezing|dropping|timing out|erroring|breaking)|\bwants? (?:it|this|them) (?:fixed|replaced|repaired)\b|\bbricked\b|\bblank screen\b|\bblack screen\b|\boverheat\w*|\bnoisy\b|\bovercharg\w*|\bdouble[- ]charged\b|\bslow\b|\blaggy\b|\blocked out\b|\bglitch\w*|\bleak\w*|\bfreez(?:es|ing)\b|\bhangs\b|\bdata loss\b|\blost (?:data|their data)\b/i,
    'problem',
  ),
  cue(
    'file_complaint',
    1,
    /\b(?:reports?|reported|claims?|says|said|told us)\b|\bour (?:product|system|app|software|machine|equipment|service|device|platform|tool|units?)\b|\b(?:the|their) (?:app|system|machine|software|platform|portal|device)\b/i,
  ),
  // Typos, scratches, wrong figures, short and late shipments, people who never call back.
  ...enComplaintCues,

  // Sales.
  cue(
    'record_sale',
    2,
    /\b(?:closed|signed|won|booked|landed|inked|sealed)\b|\bclosed[- ]won\b|\bgot the (?:deal|order|contract|po)\b|\b(?:placed|sent) (?:an?|the) (?:order|po)\b/i,
  ),
  cue(
    'record_sale',
    2,
    /\b(?:will|going to|gonna|plan to|expect(?:ed|ing)? to|hope to|might|may|could|should) (?:close|sign|order|buy)\b|\bnot (?:yet )?(?:closed|signed)\b/i,
    'future',
  ),

  cue(
    'add_customer',
    3,
    /\badd (?:a )?(?:new )?(?:customer|client|account|lead)\b|\bnew (?:customer|client|account|lead)\b|\bcreate (?:a )?(?:new )?(?:customer|client|account)\b|\badd\s+\S.{0,60}?\s+(?:as (?:a |an |our )?(?:new )?(?:customer|client|account|lead)|to (?:the |our )?(?:crm|system|customer list|customers|accounts|database))\b/i,
  ),

  cue('small_talk', 3, /\bweather\b|\bis it (?:going to )?(?:rain|snow)|\bhow (?:hot|cold) is it\b/i),
];
