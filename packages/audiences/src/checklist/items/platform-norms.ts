/** Checklist item “Platform norms: length and hashtags”. */
import { re, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc, threadPosts }) => {
  const hashtags = re(doc, /(?<![\p{L}\p{N}])#[\p{L}\p{N}_]+/gu);
  const long = (threadPosts ?? []).filter((p) => [...p].length > 280);
  const ok = hashtags.length <= 2 && long.length === 0 && (threadPosts?.length ?? 1) > 0;
  return { status: ok ? 'pass' : 'fail', evidence: hashtags.slice(0, 10), data: { posts: threadPosts?.length ?? 0 } };
};

export default {
  meta: {
    id: 'platform-norms',
    audiences: ['youth'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: ['platform-norms'],
  },
  messages: {
    en: {
      label: 'Platform norms: length and hashtags',
      explanation:
        'A social post fits in 280 characters, keeps every fact of the lead, and uses at most two hashtags, each one readers actually search.',
    },
    ru: {
      label: 'Нормы площадки: длина и хештеги',
      explanation:
        'Пост помещается в 280 знаков, сохраняет все факты лида и использует не больше двух хештегов — тех, что люди действительно ищут.',
    },
  },
  check,
} satisfies ChecklistRule;
