/**
 * Real press releases to try the playground on. Each `.txt` file keeps its provenance header
 * (Source, Publisher, Title, Date, Licence, Obtained from, Note) above a blank line, exactly as in
 * the project's evaluation material; the page shows the header as attribution and loads only the
 * text below it into the editor. Files load lazily (one small chunk each), so the main bundle
 * carries none of them.
 */

export type SampleLanguage = 'en' | 'ru';

export interface SampleMeta {
  id: string;
  language: SampleLanguage;
  /** Short label for the picker (the full title comes from the header). */
  label: string;
  /** Licence in a few words (the header holds the full statement). */
  licence: string;
  /** Read the text as Markdown (it has list items). */
  markdown?: boolean;
}

export const SAMPLES: readonly SampleMeta[] = [
  {
    id: 'en-state-dept-mali-2021',
    language: 'en',
    label: 'US State Department: On the Situation in Mali (2021)',
    licence: 'Public domain',
  },
  {
    id: 'en-govuk-hospital-food-2014',
    language: 'en',
    label: 'GOV.UK: Improving food in hospitals and schools (2014)',
    licence: 'OGL v3.0',
  },
  {
    id: 'en-state-dept-covid-2022',
    language: 'en',
    label: 'US State Department: COVID-19 Global Action Meeting (2022)',
    licence: 'Public domain',
    markdown: true,
  },
  {
    id: 'en-state-dept-thailand-2022',
    language: 'en',
    label: 'US–Thailand Communiqué, 2,000+ words (2022)',
    licence: 'Public domain',
    markdown: true,
  },
  {
    id: 'ru-kremlin-2025-02-12',
    language: 'ru',
    label: 'Kremlin: телефонный разговор с Д. Трампом (12.02.2025)',
    licence: 'CC BY 4.0',
  },
  {
    id: 'ru-kremlin-2025-03-18',
    language: 'ru',
    label: 'Kremlin: телефонный разговор с Д. Трампом (18.03.2025)',
    licence: 'CC BY 4.0',
  },
  {
    id: 'ru-kremlin-2025-03-06',
    language: 'ru',
    label: 'Kremlin: встреча с вдовой Героя России (06.03.2025)',
    licence: 'CC BY 4.0',
  },
];

export interface Sample extends SampleMeta {
  /** Header fields (Source, Publisher, Title, Date, Licence, Obtained from, Note). */
  header: Record<string, string>;
  /** The release text, without the header. */
  text: string;
}

const files = import.meta.glob<string>('./*.txt', { query: '?raw', import: 'default' });

/** Splits a sample file into its "Key: value" header lines and the text after the first blank line. */
export function parseSample(raw: string): { header: Record<string, string>; text: string } {
  const normalised = raw.replace(/\r\n?/g, '\n');
  const gap = normalised.indexOf('\n\n');
  const head = gap < 0 ? '' : normalised.slice(0, gap);
  const header: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const m = /^([A-Za-z][A-Za-z ]*):\s*(.*)$/.exec(line);
    if (m) header[m[1]!] = m[2]!;
  }
  const text = Object.keys(header).length > 0 ? normalised.slice(gap + 2) : normalised;
  return { header, text: text.replace(/\s+$/, '') + '\n' };
}

export async function loadSample(id: string): Promise<Sample | undefined> {
  const meta = SAMPLES.find((s) => s.id === id);
  const load = files[`./${id}.txt`];
  if (!meta || !load) return undefined;
  return { ...meta, ...parseSample(await load()) };
}
