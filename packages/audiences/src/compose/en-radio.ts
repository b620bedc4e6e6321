import { keepsAmounts } from './en-heads.js';
import { fragment } from './select.js';
import { smsHeads } from './sms.js';

/**
 * What a radio script says again at its end (English): the news in a few words, the lead's
 * shortest faithful head of at least eight words (“Again: The United States announced more than
 * $200 million.”), its amounts kept, else the lead as it is. The repeat is for a listener who
 * tuned in late: the point again, not its detail (the whole lead said twice made the script's
 * hardest sentence count twice in its grade).
 */
export function againHead(lead: string, ok: (text: string) => boolean): string {
  if (lead.split(/\s+/).length <= 12) return lead;
  const heads = smsHeads(lead, 'en')
    .filter((h) => h.split(/\s+/).length >= 8 && h !== lead && keepsAmounts(h, lead) && !fragment(h, 'en'))
    .toSorted((a, b) => a.length - b.length);
  return heads.find((h) => ok(h)) ?? lead;
}
