import { useState } from 'preact/hooks';
import { READABILITY_FORMULAS, type Report } from '@attache/core';
import { fmt, has, t } from '../i18n.js';
import { memo } from '../util.js';

const BANDS = [
  { from: 0, to: 20, cls: 'band-vi' },
  { from: 20, to: 40, cls: 'band-i' },
  { from: 40, to: 60, cls: 'band-n' },
  { from: 60, to: 80, cls: 'band-f' },
  { from: 80, to: 100, cls: 'band-vf' },
];

function polar(score: number, r: number): [number, number] {
  const a = Math.PI * (1 - score / 100);
  return [100 + r * Math.cos(a), 100 - r * Math.sin(a)];
}

/** A semicircular gauge (decorative: the score and its label are given as text beside it). */
function Gauge({ score }: { score: number | null }) {
  const arc = (from: number, to: number) => {
    const [x0, y0] = polar(from, 80);
    const [x1, y1] = polar(to, 80);
    return `M ${x0.toFixed(2)} ${y0.toFixed(2)} A 80 80 0 0 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
  };
  const [nx, ny] = polar(score ?? 0, 70);
  return (
    <svg class="gauge" viewBox="0 0 200 112" aria-hidden="true" focusable="false">
      {BANDS.map((b) => (
        <path key={b.cls} class={`gauge-band ${b.cls}`} d={arc(b.from + 0.6, b.to - 0.6)} />
      ))}
      {[0, 20, 40, 60, 80, 100].map((tick) => {
        const [x0, y0] = polar(tick, 92);
        const [x1, y1] = polar(tick, 100);
        return <line key={tick} class="gauge-tick" x1={x0} y1={y0} x2={x1} y2={y1} />;
      })}
      {score !== null && <line class="gauge-needle" x1="100" y1="100" x2={nx} y2={ny} />}
      <circle class="gauge-hub" cx="100" cy="100" r="5" />
    </svg>
  );
}

function signalLabel(id: string): string {
  return has(`signals.${id}.label`) ? t(`signals.${id}.label`) : id;
}

function Signals({ report }: { report: Report }) {
  const [all, setAll] = useState(false);
  const signals = [...report.formality.signals].sort((a, b) => {
    if (a.id === 'intercept') return -1;
    if (b.id === 'intercept') return 1;
    return Math.abs(b.contribution) - Math.abs(a.contribution);
  });
  const shown = all ? signals : signals.slice(0, 9);
  const max = Math.max(1, ...signals.filter((s) => s.id !== 'intercept').map((s) => Math.abs(s.contribution)));
  if (signals.length === 0) return null;
  return (
    <details class="signals" open>
      <summary>{t('scores.signals.title')}</summary>
      <p class="hint">{t('scores.signals.hint')}</p>
      <table>
        <caption class="sr-only">{t('scores.signals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scores.signals.signal')}</th>
            <th scope="col" class="num">
              {t('scores.signals.value')}
            </th>
            <th scope="col">{t('scores.signals.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => {
            const w = s.id === 'intercept' ? 0 : (Math.abs(s.contribution) / max) * 50;
            return (
              <tr key={s.id} data-signal={s.id}>
                <th scope="row">
                  <span class="signal-name">{signalLabel(s.id)}</span>
                  {has(`signals.${s.id}.doc`) && <span class="signal-doc">{t(`signals.${s.id}.doc`)}</span>}
                </th>
                <td class="num">{fmt(s.value, 2)}</td>
                <td class="contrib">
                  <span class="contrib-bar" aria-hidden="true">
                    <span class={s.contribution >= 0 ? 'bar up' : 'bar down'} style={{ width: `${w}%` }} />
                  </span>
                  <span class="contrib-num">
                    {s.contribution >= 0 ? '+' : '−'}
                    {fmt(Math.abs(s.contribution), 1)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {signals.length > 9 && (
        <button type="button" class="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('scores.signals.fewer') : t('scores.signals.all', { count: signals.length })}
        </button>
      )}
    </details>
  );
}

function formulaLabel(id: string): string {
  return has(`formulas.${id}`) ? t(`formulas.${id}`) : id;
}

function ScoresView({ report }: { report: Report; locale?: string }) {
  const r = report.readability;
  const f = report.formality;
  const hard = report.sentences.filter((s) => s.difficulty === 'hard').length;
  const veryHard = report.sentences.filter((s) => s.difficulty === 'very-hard').length;
  const rows: [string, number | null][] = [
    ...READABILITY_FORMULAS.map((id): [string, number | null] => [id, r[id]]),
    ...Object.entries(r.adaptations).map(([id, v]): [string, number | null] => [id, v]),
  ].filter(([, v]) => v !== null);
  return (
    <div class="scores" data-testid="scores">
      <section class="card formality" aria-labelledby="formality-h">
        <h3 id="formality-h">{t('scores.formality.title')}</h3>
        <div class="gauge-row">
          <Gauge score={f.score} />
          <p class="gauge-value">
            <span class="big" data-testid="formality-score">
              {f.score === null ? '—' : fmt(f.score, 0)}
            </span>
            <span class="unit">/100</span>
            <span class={`label-badge lbl-${f.label}`}>{t(`formality.${f.label}`)}</span>
          </p>
        </div>
        <p class="scale" aria-hidden="true">
          <span>{t('scores.formality.informal')}</span>
          <span>{t('scores.formality.formal')}</span>
        </p>
        <Signals report={report} />
      </section>

      <section class="card readability" aria-labelledby="readability-h">
        <h3 id="readability-h">{t('scores.readability.title')}</h3>
        {r.tooShort && (
          <p class="note" role="note">
            ⚠ {t('scores.readability.tooShort')}
          </p>
        )}
        <dl class="figures">
          <div>
            <dt>{t('scores.readability.grade')}</dt>
            <dd data-testid="grade">{fmt(r.grade, 1)}</dd>
            <dd class="sub">{r.gradeFormula ? formulaLabel(r.gradeFormula) : ''}</dd>
          </div>
          <div>
            <dt>{t('scores.readability.readingAge')}</dt>
            <dd data-testid="reading-age">{fmt(r.readingAge, 0)}</dd>
            <dd class="sub">{t('scores.readability.years')}</dd>
          </div>
          <div>
            <dt>{t('formulas.mcalpineEflaw')}</dt>
            <dd data-testid="eflaw">{fmt(r.mcalpineEflaw, 1)}</dd>
            <dd class="sub">{t('scores.readability.eflawHint')}</dd>
          </div>
          <div>
            <dt>{t('scores.readability.sentences')}</dt>
            <dd>{fmt(report.counts.sentences, 0)}</dd>
            <dd class="sub">{t('scores.readability.hardCount', { hard, veryHard })}</dd>
          </div>
        </dl>
        <details class="formulas">
          <summary>{t('scores.formulas.title', { count: rows.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('scores.formulas.formula')}</th>
                <th scope="col" class="num">
                  {t('scores.formulas.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, v]) => (
                <tr key={id}>
                  <th scope="row">{formulaLabel(id)}</th>
                  <td class="num">{fmt(v, 2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">
            {t('scores.formulas.counts', {
              words: report.counts.words,
              syllables: report.counts.syllables,
              sentences: report.counts.sentences,
            })}
          </p>
        </details>
      </section>
    </div>
  );
}

export const Scores = memo(ScoresView);

/** The figures compared before and after a rewrite. */
export interface Figure {
  id: string;
  get: (r: Report) => number | null;
  digits: number;
  /** Lower is better (grade, formality…) or higher is better (reading ease). */
  better: 'lower' | 'higher';
}

export const FIGURES: Figure[] = [
  { id: 'grade', get: (r) => r.readability.grade, digits: 1, better: 'lower' },
  { id: 'readingAge', get: (r) => r.readability.readingAge, digits: 0, better: 'lower' },
  { id: 'formality', get: (r) => r.formality.score, digits: 0, better: 'lower' },
  { id: 'eflaw', get: (r) => r.readability.mcalpineEflaw, digits: 1, better: 'lower' },
  {
    id: 'avgWords',
    get: (r) => (r.counts.sentences > 0 ? r.counts.words / r.counts.sentences : null),
    digits: 1,
    better: 'lower',
  },
  {
    id: 'hardShare',
    get: (r) =>
      r.sentences.length > 0
        ? (100 * r.sentences.filter((s) => s.difficulty !== 'ok').length) / r.sentences.length
        : null,
    digits: 0,
    better: 'lower',
  },
  { id: 'findings', get: (r) => r.findings.length, digits: 0, better: 'lower' },
];
