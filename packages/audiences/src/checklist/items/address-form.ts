/** Checklist item “Form of address”. */
import { re, type Check, type ChecklistRule } from '../item.js';

/**
 * The formal and the informal "you" (French vous / tu, German Sie / du), as whole words. German
 * "Sie" counts only inside a sentence (at its start it may be "she" or "they"); French "vous" is
 * also the plural, which addresses readers too. Spanish leaves the subject out, so its form of
 * address is a person's check (`manualIn`).
 */
const FORMS: Record<string, [RegExp, RegExp]> = {
  fr: [/(?<![\p{L}])(vous|votre|vos)(?![\p{L}])/giu, /(?<![\p{L}])(tu|toi|ta|tes)(?![\p{L}])/giu],
  de: [
    /(?<=[\p{L}\p{N},;:] +)(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![\p{L}])/gu,
    /(?<![\p{L}])(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|Du|Dich|Dir|Dein|Deine)(?![\p{L}])/gu,
  ],
};

const check: Check = ({ doc, audience }) => {
  if (doc.language === 'ru') {
    const vy = re(doc, /(?<![\p{L}])([Вв]ы|[Вв]ам|[Вв]ас|[Вв]ами|[Вв]аш\p{L}*)(?![\p{L}])/gu);
    const ty = re(doc, /(?<![\p{L}])([Тт]ы|[Тт]ебе|[Тт]ебя|[Тт]обой|[Тт]во\p{L}*)(?![\p{L}])/gu);
    if (vy.length > 0 && ty.length > 0) return { status: 'fail', evidence: [...vy, ...ty].slice(0, 20) };
    if (vy.length + ty.length > 0) return { status: 'pass', evidence: [...vy, ...ty].slice(0, 20) };
    return { status: audience === 'foreign' ? 'pass' : 'fail', evidence: [] };
  }
  const pair = FORMS[doc.language];
  if (pair) {
    // Both forms in one text mix registers; one of them addresses the reader.
    const formal = re(doc, pair[0]);
    const informal = re(doc, pair[1]);
    if (formal.length > 0 && informal.length > 0)
      return { status: 'fail', evidence: [...formal, ...informal].slice(0, 20) };
    if (formal.length + informal.length > 0) return { status: 'pass', evidence: [...formal, ...informal].slice(0, 20) };
    return { status: audience === 'foreign' ? 'pass' : 'fail', evidence: [] };
  }
  const you = re(doc, /\b([Yy]ou|[Yy]our|[Yy]ours|[Yy]ou’re|[Yy]ou're)\b/g);
  if (you.length > 0) return { status: 'pass', evidence: you.slice(0, 20) };
  return { status: audience === 'foreign' ? 'pass' : 'fail', evidence: [] };
};

export default {
  meta: {
    id: 'address-form',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'de'],
    manualIn: ['es'],
    sources: ['govuk', 'ilyakhov'],
  },
  messages: {
    en: {
      label: 'Form of address',
      explanation:
        "Address the reader directly and consistently. English: “you”. Where the language has a choice (ты/вы, tu/vous, du/Sie), pick one for the channel and keep it: a government account usually says «вы»/vous/Sie even to young readers unless the platform's norm is informal.",
    },
    ru: {
      label: 'Обращение к читателю',
      explanation:
        'Обращайтесь к читателю прямо и одинаково по всему тексту: «вы» или «ты» (tu/vous, du/Sie) — выберите одно для канала и не смешивайте. Государственные аккаунты обычно пишут «вы» даже молодёжи, если площадка не требует иного.',
    },
  },
  check,
} satisfies ChecklistRule;
