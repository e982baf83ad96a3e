import { builtInBehaviours } from '../../catalog/behaviours.js';
import type { CefRecord } from './cef.parse.js';

const catalogueTypes = new Set(builtInBehaviours.map((b) => b.type));

type Rule = { test: RegExp; type: string | ((said: string) => string) };

const AUTH = '(log ?[oi]n|sign[- ]?[oi]n|authenticat\\w*)';

const STOPPED = /block|quarantin|clean|delet|prevent|denied|deny|drop|remov/;

/**
 * Ordered keyword rules over the event's name, category, action and outcome; the first match
 * wins. CEF says what happened in free text, so this reads it the way an analyst would.
 */
const rules: readonly Rule[] = [
  { test: /report\w* .*phish|phish\w* .*report/, type: 'phishing.real_reported' },
  { test: /\bdlp\b|data loss|data leak prevention/, type: 'data.dlp_violation' },
  { test: /tamper/, type: 'endpoint.security_tool_tampering' },
  {
    test: /malware|virus|trojan|ransomware|infect|worm\b/,
    type: (said) => (STOPPED.test(said) ? 'endpoint.malware_blocked' : 'endpoint.malware_executed'),
  },
  {
    test: /unapproved|unauthori[sz]ed (software|application|program)|execution block/,
    type: 'endpoint.unapproved_software',
  },
  { test: /locked out|account lock|lockout/, type: 'auth.account_locked' },
  {
    test: new RegExp(`${AUTH}.*(fail|denied|invalid|bad password)|fail\\w* (to )?${AUTH}`),
    type: 'auth.signin_failed',
  },
  {
    test: /phish/,
    type: (said) => (STOPPED.test(said) ? 'phishing.real_click_blocked' : 'phishing.real_clicked'),
  },
  { test: /malicious (site|url|domain|website)/, type: 'web.malicious_site_visited' },
  {
    test: /(url|web|http|site)\w* .*(block|denied)|(block|denied)\w* .*(url|web|site)/,
    type: 'web.policy_violation',
  },
];

/**
 * The behaviour a CEF event stands for. A `cat` that names a catalogue behaviour wins, so a SIEM
 * can forward Bulwark types directly; otherwise the keyword rules decide.
 */
export function cefBehaviour(cef: CefRecord): string | undefined {
  const category = cef.extensions.cat?.trim();
  if (category && catalogueTypes.has(category)) return category;
  const said = [cef.name, category, cef.extensions.act, cef.extensions.outcome, cef.extensions.msg]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  for (const rule of rules) {
    if (rule.test.test(said)) return typeof rule.type === 'string' ? rule.type : rule.type(said);
  }
  return undefined;
}
