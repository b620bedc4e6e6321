/** Checklist item “Accessibility: alt text”. */
import { re, type Check, type ChecklistRule } from '../item.js';

/** Words that mention an image, a video, a chart or a slide, per language. */
const MEDIA: Record<string, RegExp> = {
  en: /\b(photos?|photographs?|pictures?|images?|videos?|slides?|infographics?|charts?|graphs?|maps?|diagrams?|presentation slides)\b/gi,
  ru: /(?<![\p{L}])(фото\p{L}*|видео\p{L}*|изображени\p{L}*|инфографик\p{L}*|слайд\p{L}*|презентаци\p{L}*|схем\p{L}*|график\p{L}*|карт[аеуы])(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(photos?|photographies?|images?|vidéos?|diapositives?|infographies?|graphiques?|cartes?|schémas?|diaporamas?)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(fotos?|fotografías?|imágenes|imagen|vídeos?|videos?|diapositivas?|infografías?|gráficos?|mapas?|diagramas?)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(Fotos?|Bilder|Bild|Videos?|Folien?|Infografiken|Infografik|Grafiken|Grafik|Karten?|Diagramme?)(?![\p{L}])/gu,
};

const check: Check = ({ doc }) => {
  const missing = [...re(doc, /!\[\s*\]\([^)]*\)/g), ...re(doc, /<img\b(?![^>]*\balt\s*=\s*["'][^"']+["'])[^>]*>/gi)];
  const withAlt = [
    ...re(doc, /!\[[^\]\s][^\]]*\]\([^)]*\)/g),
    ...re(doc, /<img\b[^>]*\balt\s*=\s*["'][^"']+["'][^>]*>/gi),
  ];
  if (missing.length > 0) return { status: 'fail', evidence: missing.slice(0, 20) };
  const mentions = re(doc, MEDIA[doc.language] ?? MEDIA.en!);
  if (mentions.length > 0) return { status: 'manual', evidence: mentions.slice(0, 20) };
  return { status: 'pass', evidence: withAlt.slice(0, 10) };
};

export default {
  meta: {
    id: 'alt-text',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: ['wcag'],
  },
  messages: {
    en: {
      label: 'Accessibility: alt text',
      explanation:
        'Every image, chart or slide needs alternative text that says what it shows (WCAG 2.2, 1.1.1). Media mentioned only in words need a text equivalent.',
    },
    ru: {
      label: 'Доступность: альтернативный текст',
      explanation:
        'У каждого изображения, графика и слайда нужен альтернативный текст о том, что на нём (WCAG 2.2, 1.1.1). Если медиа упомянуты словами, нужен их текстовый пересказ.',
    },
  },
  check,
} satisfies ChecklistRule;
