/**
 * Checklists for French, Spanish and German texts. The items with a rule for the language (meta
 * `languages`) run it: each has a text it passes and one it fails, per language, with the exact
 * evidence marked `[[…]]` (sentences written for the test). The others (meta `manualIn`) are
 * shown as `manual`, with no evidence: a person checks them.
 */
import { analyze, type LanguageCode } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../src/checklist/index.js';
import { audiences } from '../src/index.js';
import type { AudienceId } from '../src/types.js';
import { checklistTester } from './tester.js';

type Lang = 'fr' | 'es' | 'de';
/** item → audience, then per language [a text it passes, a text it fails with its evidence marked]. */
const CASES: Record<string, [AudienceId, Partial<Record<Lang, [string, string]>>]> = {
  'sentence-length': [
    'rural',
    {
      fr: [
        'Le bureau ouvre aujourd’hui.',
        '[[Le nouveau bureau du centre-ville ouvre aujourd’hui pour tous les habitants du département qui ont besoin d’aide.]]',
      ],
      es: [
        'La oficina abre hoy.',
        '[[La nueva oficina del centro de la ciudad abre hoy para todos los vecinos de la provincia que necesitan ayuda.]]',
      ],
      de: [
        'Das Büro öffnet heute.',
        '[[Das neue Büro in der Innenstadt öffnet heute für alle Einwohner des ganzen Landkreises, die Hilfe bei ihren Anträgen brauchen.]]',
      ],
    },
  ],
  contact: [
    'youth',
    {
      fr: ['Écrivez à aide@example.org dès aujourd’hui.', '[[]]Le ministère a ouvert un nouveau bureau.'],
      es: ['Escriba a ayuda@example.org hoy mismo.', '[[]]El ministerio abrió una nueva oficina.'],
      de: ['Schreiben Sie heute an hilfe@example.org.', '[[]]Das Ministerium hat ein neues Büro eröffnet.'],
    },
  ],
  'alt-text': [
    'youth',
    {
      fr: ['Le bureau ouvre aujourd’hui.', 'Le bureau ouvre aujourd’hui. [[![](bureau.png)]]'],
      es: ['La oficina abre hoy.', 'La oficina abre hoy. [[![](oficina.png)]]'],
      de: ['Das Büro öffnet heute.', 'Das Büro öffnet heute. [[![](buero.png)]]'],
    },
  ],
  'time-zones': [
    'youth',
    {
      fr: ['La conférence commence à 10:00 heure de Paris.', 'La conférence commence à [[10 h 30]].'],
      es: ['La charla empieza a las 10:00 hora peninsular.', 'La charla empieza a las [[10:00]].'],
      de: ['Der Vortrag beginnt um 10:00 MEZ.', 'Der Vortrag beginnt um [[10.30 Uhr]].'],
    },
  ],
  'dates-numbers-units': [
    'foreign',
    {
      fr: ['Le bureau ouvre le 12 mars 2026.', 'Le bureau ouvre [[demain]].'],
      es: ['La oficina abre el 12 de marzo de 2026 por la mañana.', 'La oficina abre [[la próxima semana]].'],
      de: ['Das Büro öffnet am 12. März 2026 am Morgen.', 'Das Büro öffnet [[nächste Woche]].'],
    },
  ],
  'platform-norms': [
    'youth',
    {
      fr: ['Le bureau ouvre aujourd’hui #Lyon.', 'Le bureau ouvre aujourd’hui [[#Lyon]] [[#bureau]] [[#aide]].'],
      es: ['La oficina abre hoy #Sevilla.', 'La oficina abre hoy [[#Sevilla]] [[#oficina]] [[#ayuda]].'],
      de: ['Das Büro öffnet heute #Köln.', 'Das Büro öffnet heute [[#Köln]] [[#Büro]] [[#Hilfe]].'],
    },
  ],
  'reading-grade': [
    'rural',
    {
      fr: ['Le bureau ouvre demain. Il reste ouvert tout l’été.', ''],
      es: ['La oficina abre mañana. Sigue abierta todo el verano.', ''],
      de: ['Das Büro ist neu. Es ist den ganzen Sommer offen.', ''],
    },
  ],
  'acronyms-defined': [
    'rural',
    {
      fr: [
        'La Caisse d’allocations familiales (CAF) ouvre un bureau. La CAF aide les familles.',
        'La [[CAF]] ouvre un nouveau bureau dans la ville.',
      ],
      es: [
        'El Servicio Público de Empleo Estatal (SEPE) abre una oficina. El SEPE ayuda a buscar trabajo.',
        'El [[SEPE]] abre una nueva oficina en la ciudad.',
      ],
      de: [
        'Die Kassenärztliche Vereinigung (KV) eröffnet ein Büro. Die KV hilft Ärzten.',
        'Die [[KV]] eröffnet ein neues Büro in der Stadt.',
      ],
    },
  ],
  'numbers-concrete': [
    'rural',
    {
      fr: ['Le fonds aide les agriculteurs.', 'Le fonds verse [[1 500 000]] euros aux agriculteurs.'],
      es: ['El fondo ayuda a los agricultores.', 'El fondo paga [[1.500.000]] euros a los agricultores.'],
      de: ['Der Fonds hilft den Landwirten.', 'Der Fonds zahlt [[1.500.000]] Euro an die Landwirte.'],
    },
  ],
  'address-form': [
    'youth',
    {
      fr: [
        'Vous pouvez déposer votre demande aujourd’hui.',
        '[[Vous]] pouvez déposer [[votre]] demande, et [[tu]] peux venir avec [[tes]] amis.',
      ],
      de: [
        'Ab heute können Sie Ihren Antrag stellen.',
        'Ab heute können [[Sie]] [[Ihren]] Antrag stellen, und [[du]] kannst [[deine]] Freunde mitbringen.',
      ],
    },
  ],
};

// Reading grade: a long, dense sentence fails (the evidence is the hard sentence).
const DENSE: Record<Lang, string> = {
  fr: 'La réorganisation administrative des établissements hospitaliers départementaux nécessite l’harmonisation systématique des procédures réglementaires interministérielles, conformément aux dispositions législatives récemment promulguées par l’administration centrale.',
  es: 'La reorganización administrativa de los establecimientos hospitalarios provinciales requiere la armonización sistemática de los procedimientos reglamentarios interministeriales, conforme a las disposiciones legislativas recientemente promulgadas por la administración central.',
  de: 'Die verwaltungstechnische Umstrukturierung der kommunalen Krankenhausgesellschaften erfordert die systematische Vereinheitlichung sämtlicher interministerieller Genehmigungsverfahren entsprechend den kürzlich verabschiedeten bundesgesetzlichen Durchführungsbestimmungen.',
};
for (const l of ['fr', 'es', 'de'] as const) CASES['reading-grade']![1][l]![1] = `[[${DENSE[l]}]]`;

for (const [id, [audience, byLang]] of Object.entries(CASES)) {
  for (const [language, [valid, invalid]] of Object.entries(byLang) as [Lang, [string, string]][]) {
    const n = (invalid.match(/\[\[/g) ?? []).length;
    describe(`${language}`, () => {
      checklistTester(id, audiences[audience], {
        valid: [{ code: valid, options: { language } }],
        invalid: [
          {
            code: invalid,
            options: { language },
            errors: Array.from({ length: n }, () => ({ status: 'fail' as const })),
          },
        ],
      });
    });
  }
}

describe('French, Spanish and German checklists', () => {
  const TEXT: Record<Lang, string> = {
    fr: 'Le ministère a ouvert trois écoles à Lyon le 12 mars 2026. Appelez le 01 23 45 67 89 pour vous inscrire.',
    es: 'El ministerio abrió tres escuelas en Sevilla el 12 de marzo de 2026. Llame al 912 345 678 para inscribirse.',
    de: 'Das Ministerium hat am 12. März 2026 drei Schulen in Köln eröffnet. Rufen Sie 0221 123 4567 an.',
  };
  it.each(['fr', 'es', 'de'] as const)(
    '%s: every item of the audience is shown; those without a rule for the language are manual, with no evidence',
    (language) => {
      const text = TEXT[language];
      for (const a of Object.values(audiences)) {
        const items = a.checklist(analyze(text, { language: language as LanguageCode }), text);
        const expected = Object.values(CHECKLIST_ITEMS).filter((i) => i.meta.audiences.includes(a.id));
        expect(items.map((i) => i.id)).toEqual(expected.map((i) => i.meta.id));
        for (const item of items) {
          const rule = CHECKLIST_ITEMS[item.id]!;
          if (rule.meta.languages.includes(language)) continue;
          expect(rule.meta.manualIn, item.id).toContain(language);
          expect([item.id, item.status, item.automatic, item.evidence]).toEqual([item.id, 'manual', false, []]);
        }
      }
    },
  );
  it('ten items have a rule for French and German, nine for Spanish (its form of address is left to a person)', () => {
    const auto = (l: Lang) => Object.values(CHECKLIST_ITEMS).filter((i) => i.meta.languages.includes(l)).length;
    expect([auto('fr'), auto('es'), auto('de')]).toEqual([10, 9, 10]);
  });
});
