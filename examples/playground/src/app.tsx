import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Report } from '@attache/core';
import type { ChannelId } from '@attache/audiences';
import type { AnalysisClient } from './client.js';
import { AudiencePanel, checklistMarkdown } from './components/audience.js';
import { Annotated, CanApply, FindingsList } from './components/annotated.js';
import { Scores } from './components/scores.js';
import { revealOffset, VersionsPanel, type Span } from './components/versions.js';
import { encodeState, decodeState, type UrlState } from './hash.js';
import { fmt, has, setUiLocale, t, type UiLocale } from './i18n.js';
import {
  LANGUAGE_CHOICES,
  type AnalysisResult,
  type AudienceResult,
  type AudienceTab,
  type Format,
  type LanguageChoice,
  type VersionAudience,
  type VersionsResult,
  type WorkerMessage,
  VERSION_CHANNELS,
} from './protocol.js';
import { loadSample, SAMPLES, type Sample } from './samples/index.js';
import { copyText, download } from './util.js';

/** Typing waits this long after the last key before the text is sent for analysis. */
export const DEBOUNCE_MS = 300;

type PerAudience = Partial<Record<AudienceTab, string[]>>;

/** One empty list, so that "nothing accepted" compares equal from one render to the next. */
const EMPTY: string[] = [];

/** A callback with a stable identity that always runs the latest closure (keeps memoised views
 * from re-rendering on every key stroke). */
function useStable<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  ref.current = fn;
  return useCallback((...args: A) => ref.current(...args), []);
}

const countWords = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

export function App({
  initial,
  initialSample,
  analyzer,
}: {
  initial: UrlState;
  initialSample: Sample | undefined;
  analyzer: AnalysisClient;
}) {
  const [text, setText] = useState(initial.text);
  const [format, setFormat] = useState<Format>(initial.format);
  const [language, setLanguage] = useState<LanguageChoice>(initial.language);
  const [ui, setUi] = useState<UiLocale>(initial.ui);
  const [audience, setAudience] = useState<AudienceTab>(initial.audience);
  const [accepted, setAccepted] = useState<PerAudience>(initial.accepted);
  const [rejected, setRejected] = useState<PerAudience>(initial.rejected);
  const [ticked, setTicked] = useState<PerAudience>(initial.ticked);
  const [sample, setSample] = useState<Sample | undefined>(initialSample);
  const [analysis, setAnalysis] = useState<AnalysisResult | null>(null);
  const [audienceResult, setAudienceResult] = useState<AudienceResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [hashNote, setHashNote] = useState(false);
  // The versions view (composed on demand: nothing is asked of the worker while it is closed).
  const [versionsOpen, setVersionsOpen] = useState(Boolean(initial.versions));
  const [versionAudience, setVersionAudience] = useState<VersionAudience>(initial.versions?.audience ?? 'youth');
  const [versionChannel, setVersionChannel] = useState<ChannelId>(initial.versions?.channel ?? 'x');
  const [versionsResult, setVersionsResult] = useState<VersionsResult | null>(null);
  const [factSpan, setFactSpan] = useState<Span | null>(null);
  const lastVersionsId = useRef(0);

  const client = useRef<AnalysisClient | null>(analyzer);
  const immediate = useRef(true);
  const firstDone = useRef(false);
  const lastAnalysisId = useRef(0);
  const lastAudienceId = useRef(0);
  // The text on screen, for the message handler (a result for older text arrives while one types).
  const textNow = useRef(text);
  textNow.current = text;

  const onMessage = useCallback((m: WorkerMessage) => {
    if (m.type === 'ready') return;
    if (m.type === 'error') {
      // Core's refusals in the page's language; anything else as it came.
      setError(m.code && has(`errorCode.${m.code}`) ? t(`errorCode.${m.code}`) : m.message);
      return;
    }
    // A result for text that has been edited since is not shown: a newer request follows, and
    // rendering the old one would only take the main thread while one types.
    if (m.text !== textNow.current) return;
    if (m.type === 'versions') {
      if (m.id < lastVersionsId.current) return;
      lastVersionsId.current = m.id;
      setVersionsResult(m);
      performance.measure('attache:version', {
        start: performance.now() - m.ms,
        end: performance.now(),
        detail: { audience: m.audience, channel: m.channel, ms: m.ms },
      });
      return;
    }
    if (m.type === 'analysis') {
      if (m.id < lastAnalysisId.current) return;
      lastAnalysisId.current = m.id;
      setError(null);
      // A cached answer for the text on screen changes nothing (and keeps the measured time).
      setAnalysis((prev) =>
        m.cached &&
        prev &&
        prev.text === m.text &&
        prev.format === m.format &&
        prev.language === m.language &&
        prev.locale === m.locale
          ? prev
          : m,
      );
      if (!m.cached) {
        const now = performance.now();
        performance.measure('attache:worker-analyze', {
          start: now - m.ms,
          end: now,
          detail: { words: m.report.counts.words, ms: m.ms },
        });
      }
      if (!firstDone.current) {
        firstDone.current = true;
        // Time from navigation start to the first report on screen (next frame).
        requestAnimationFrame(() =>
          performance.measure('attache:first-analysis', {
            start: 0,
            end: performance.now(),
            detail: { words: m.report.counts.words },
          }),
        );
      }
      return;
    }
    if (m.id < lastAudienceId.current) return;
    lastAudienceId.current = m.id;
    setAudienceResult(m);
    performance.measure('attache:audience', {
      start: performance.now() - m.ms,
      end: performance.now(),
      detail: { audience: m.audience, ms: m.ms },
    });
  }, []);

  useEffect(() => {
    analyzer.listen({ onMessage, onError: (msg) => setError(msg) });
  }, [analyzer, onMessage]);

  // Send the state to the worker: at once for a click, after a pause for typing.
  const acceptedNow = accepted[audience] ?? EMPTY;
  useEffect(() => {
    const send = () => client.current?.run({ text, format, language, locale: ui, audience, accepted: acceptedNow });
    if (immediate.current) {
      immediate.current = false;
      send();
      return;
    }
    const timer = window.setTimeout(send, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, format, language, ui, audience, acceptedNow]);

  // Keep the URL hash in step (debounced: compression is async).
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void encodeState({
        text,
        format,
        language,
        ui,
        audience,
        accepted,
        rejected,
        ticked,
        sample: sample?.id ?? null,
        versions: versionsOpen ? { audience: versionAudience, channel: versionChannel } : null,
      }).then(({ hash, textDropped }) => {
        setHashNote(textDropped);
        if (location.hash.slice(1) !== hash) history.replaceState(null, '', `#${hash}`);
      });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [
    text,
    format,
    language,
    ui,
    audience,
    accepted,
    rejected,
    ticked,
    sample,
    versionsOpen,
    versionAudience,
    versionChannel,
  ]);

  // A link pasted into this tab: take its state.
  useEffect(() => {
    const onHash = () => {
      void decodeState(location.hash).then((s) => {
        if (!s) return;
        immediate.current = true;
        if (s.text !== undefined) setText(s.text);
        if (s.format) setFormat(s.format);
        if (s.language) setLanguage(s.language);
        if (s.ui) changeUi(s.ui);
        if (s.audience) setAudience(s.audience);
        setAccepted(s.accepted ?? {});
        setRejected(s.rejected ?? {});
        setTicked(s.ticked ?? {});
        setVersionsOpen(Boolean(s.versions));
        if (s.versions) {
          setVersionAudience(s.versions.audience);
          setVersionChannel(s.versions.channel);
        }
      });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const changeText = (next: string, now: boolean) => {
    immediate.current = now;
    setText(next);
    // Proposal ids are offsets into the text: decisions about the old text no longer apply.
    setAccepted({});
    setRejected({});
  };

  const changeUi = (next: UiLocale) => {
    void setUiLocale(next).then(() => {
      immediate.current = true;
      setNotice('');
      setUi(next);
    });
  };

  const pickSample = async (id: string) => {
    const s = await loadSample(id);
    if (!s) return;
    setSample(s);
    setFormat(s.markdown ? 'markdown' : 'text');
    setLanguage('auto');
    setNotice('');
    changeText(s.text, true);
    requestAnimationFrame(() => {
      const area = document.getElementById('text');
      if (area) area.scrollTop = 0;
    });
  };

  const upToDate =
    analysis !== null && analysis.text === text && analysis.format === format && analysis.language === language;

  // Ask for a version once the text on screen is analysed (typing is debounced by the analysis).
  useEffect(() => {
    if (!versionsOpen || !upToDate) return;
    client.current?.versions({
      text,
      format,
      language,
      locale: ui,
      audience: versionAudience,
      channel: versionChannel,
    });
  }, [versionsOpen, upToDate, text, format, language, ui, versionAudience, versionChannel]);

  const onVersionAudience = useStable((a: VersionAudience) => {
    setVersionAudience(a);
    setVersionChannel(VERSION_CHANNELS[a][0]!);
    setFactSpan(null);
  });
  const onVersionChannel = useStable((c: ChannelId) => {
    setVersionChannel(c);
    setFactSpan(null);
  });
  /** A fact's source: select it in the text box, scrolled into view. */
  const onFact = useStable((start: number, end: number) => {
    const area = document.getElementById('text') as HTMLTextAreaElement | null;
    if (!area || area.value !== text) return;
    setFactSpan({ start, end });
    area.scrollIntoView({ block: 'nearest' });
    area.focus({ preventScroll: true });
    area.setSelectionRange(start, end, 'forward');
    revealOffset(area, start);
    setNotice(t('versions.selected', { text: text.slice(start, end) }));
  });

  const applyEdit = useStable((start: number, end: number, replacement: string) => {
    if (!analysis || analysis.text !== text) return;
    const original = text.slice(start, end);
    changeText(text.slice(0, start) + replacement + text.slice(end), true);
    setNotice(t('status.applied', { from: original, to: replacement || t('audience.removed') }));
    requestAnimationFrame(() => document.getElementById('review-h')?.focus());
  });

  const decide = useStable((id: string, decision: 'accept' | 'reject' | 'undo') => {
    const without = (r: PerAudience) => ({ ...r, [audience]: (r[audience] ?? []).filter((x) => x !== id) });
    immediate.current = true;
    setAccepted((r) =>
      decision === 'accept' ? { ...r, [audience]: [...(r[audience] ?? []).filter((x) => x !== id), id] } : without(r),
    );
    setRejected((r) =>
      decision === 'reject' ? { ...r, [audience]: [...(r[audience] ?? []).filter((x) => x !== id), id] } : without(r),
    );
  });

  const fresh =
    audienceResult && audienceResult.audience === audience && audienceResult.text === text ? audienceResult : null;

  const acceptSafe = useStable(() => {
    if (!fresh) return;
    const rej = rejected[audience] ?? [];
    immediate.current = true;
    setAccepted((r) => ({
      ...r,
      [audience]: [
        ...new Set([
          ...(r[audience] ?? []),
          ...fresh.proposals.filter((p) => p.safe && !rej.includes(p.id)).map((p) => p.id),
        ]),
      ],
    }));
  });

  const rewrittenText = fresh?.rewrite?.text ?? text;

  const exportJson = useStable(() => {
    if (!analysis) return;
    const payload = {
      tool: 'Attaché playground',
      generatedAt: new Date().toISOString(),
      input: { text: analysis.text, format: analysis.format, language: analysis.language },
      report: analysis.report,
      audience: fresh
        ? {
            id: fresh.audience,
            targets: fresh.targets,
            accepted: accepted[audience] ?? [],
            rejected: rejected[audience] ?? [],
            proposals: fresh.proposals,
            rewrite: fresh.rewrite
              ? {
                  text: fresh.rewrite.text,
                  applied: fresh.rewrite.applied,
                  diff: fresh.rewrite.diff,
                  report: fresh.rewrite.after,
                }
              : null,
            checklist: fresh.checklist.map((c) => ({ ...c, ticked: (ticked[audience] ?? []).includes(c.id) })),
            thread: fresh.thread,
          }
        : null,
    };
    download(`attache-report-${audience}.json`, JSON.stringify(payload, null, 2));
    setNotice(t('status.downloaded'));
  });

  const copy = async (what: 'rewrite' | 'checklist') => {
    const content =
      what === 'rewrite'
        ? rewrittenText
        : fresh
          ? checklistMarkdown(audience, fresh.checklist, ticked[audience] ?? [])
          : '';
    const ok = await copyText(content);
    setNotice(ok ? t(what === 'rewrite' ? 'status.copiedRewrite' : 'status.copiedChecklist') : t('status.copyFailed'));
  };

  const onAudience = useStable((a: AudienceTab) => {
    immediate.current = true;
    setAudience(a);
  });
  const onReset = useStable(() => {
    immediate.current = true;
    setAccepted((r) => ({ ...r, [audience]: [] }));
    setRejected((r) => ({ ...r, [audience]: [] }));
  });
  const onTick = useStable((id: string, on: boolean) =>
    setTicked((r) => ({
      ...r,
      [audience]: on ? [...(r[audience] ?? []), id] : (r[audience] ?? []).filter((x) => x !== id),
    })),
  );
  const onUseRewrite = useStable((next: string) => changeText(next, true));
  const onCopyRewrite = useStable(() => void copy('rewrite'));
  const onCopyChecklist = useStable(() => void copy('checklist'));

  // Messages fade after a while (the live region stays, so screen readers hear the next one).
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(''), 6000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const words = useMemo(() => countWords(text), [text]);
  const report: Report | null = analysis?.report ?? null;
  const detected = report?.language;

  let status: string;
  if (error) status = t('status.error', { message: error });
  else if (!analysis) status = t('status.starting');
  else if (!upToDate) status = t('status.analysing');
  else
    status = t('status.done', {
      words: fmt(analysis.report.counts.words, 0),
      ms: analysis.cached ? '<1' : fmt(analysis.ms, 0),
    });

  return (
    <div class="app" data-ready={upToDate ? 'true' : 'false'} data-ui={ui}>
      <a class="skip" href="#text">
        {t('app.skip')}
      </a>
      <header class="top">
        <div class="brand">
          <h1>
            Attaché <span class="sub">{t('app.playground')}</span>
          </h1>
          <p class="tagline">{t('app.tagline')}</p>
        </div>
        <label class="ui-lang">
          <span>{t('app.uiLanguage')}</span>
          <select
            data-testid="ui-locale"
            value={ui}
            onChange={(e) => changeUi((e.currentTarget as HTMLSelectElement).value as UiLocale)}
          >
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
        </label>
      </header>

      <main class="layout">
        <section class="input card" aria-labelledby="input-h">
          <h2 id="input-h">{t('input.title')}</h2>
          <div class="controls">
            <label class="field">
              <span>{t('input.sample')}</span>
              <select
                data-testid="sample"
                value={sample?.id ?? ''}
                onChange={(e) => void pickSample((e.currentTarget as HTMLSelectElement).value)}
              >
                <option value="" disabled>
                  {t('input.samplePlaceholder')}
                </option>
                <optgroup label={t('languages.en')}>
                  {SAMPLES.filter((s) => s.language === 'en').map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('languages.ru')}>
                  {SAMPLES.filter((s) => s.language === 'ru').map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
            <fieldset class="field format">
              <legend>{t('input.format')}</legend>
              {(['text', 'markdown'] as const).map((f) => (
                <label key={f} class="radio">
                  <input
                    type="radio"
                    name="format"
                    value={f}
                    checked={format === f}
                    data-testid={`format-${f}`}
                    onChange={() => {
                      immediate.current = true;
                      setFormat(f);
                    }}
                  />
                  {t(`input.formats.${f}`)}
                </label>
              ))}
            </fieldset>
            <label class="field">
              <span>{t('input.language')}</span>
              <select
                data-testid="language"
                value={language}
                onChange={(e) => {
                  immediate.current = true;
                  setLanguage((e.currentTarget as HTMLSelectElement).value as LanguageChoice);
                }}
              >
                {LANGUAGE_CHOICES.map((l) => (
                  <option key={l} value={l}>
                    {l === 'auto' ? t('input.auto') : t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <p class="detected" data-testid="detected-language">
              {detected
                ? detected.source === 'forced'
                  ? t('input.forced', { language: t(`languages.${detected.code}`, { defaultValue: detected.code }) })
                  : detected.code === 'und'
                    ? t('input.undetermined')
                    : t('input.detected', {
                        language: t(`languages.${detected.code}`, { defaultValue: detected.code }),
                        confidence: fmt(detected.confidence * 100, 0),
                      })
                : '…'}
              {detected && !detected.supported && detected.code !== 'und' && (
                <span class="note"> {t('input.unsupported')}</span>
              )}
            </p>
          </div>
          <label class="text-label" for="text">
            {t('input.label')}
          </label>
          <textarea
            id="text"
            data-testid="input"
            value={text}
            rows={12}
            spellcheck={false}
            aria-describedby="text-meta"
            placeholder={t('input.placeholder')}
            onInput={(e) => changeText((e.currentTarget as HTMLTextAreaElement).value, false)}
          />
          <p class="meta" id="text-meta">
            <span>{t('input.words', { count: words })}</span>
            <span class="status" role="status" aria-live="polite" data-testid="status">
              {status}
            </span>
          </p>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          {sample && (
            <p class="attribution" data-testid="attribution">
              {t('input.attribution', {
                title: sample.header['Title'] ?? sample.label,
                publisher: sample.header['Publisher'] ?? '',
                date: sample.header['Date'] ?? '',
              })}{' '}
              {t('input.licence', { licence: sample.header['Licence'] ?? sample.licence })}{' '}
              {sample.header['Source'] && (
                <a href={sample.header['Source']} rel="noopener noreferrer" target="_blank">
                  {t('input.source')}
                </a>
              )}
            </p>
          )}
          {hashNote && <p class="note">{t('input.hashDropped')}</p>}
        </section>

        <section class="review card" aria-labelledby="review-h">
          <h2 id="review-h" tabIndex={-1}>
            {t('review.title')}
          </h2>
          <Legend />
          {analysis && report ? (
            <>
              <CanApply.Provider value={upToDate}>
                <Annotated text={analysis.text} report={report} onApply={applyEdit} locale={ui} />
              </CanApply.Provider>
              <FindingsList text={analysis.text} report={report} locale={ui} />
            </>
          ) : (
            <p class="pending">{t('status.starting')}</p>
          )}
        </section>

        <aside class="scores-col" aria-labelledby="scores-h">
          <h2 id="scores-h">{t('scores.title')}</h2>
          {report ? <Scores report={report} locale={ui} /> : <p class="pending">{t('status.starting')}</p>}
        </aside>

        {analysis && report && (
          <AudiencePanel
            audience={audience}
            onAudience={onAudience}
            text={analysis.text}
            report={report}
            result={audienceResult}
            accepted={acceptedNow}
            rejected={rejected[audience] ?? EMPTY}
            ticked={ticked[audience] ?? EMPTY}
            onDecide={decide}
            onAcceptSafe={acceptSafe}
            onReset={onReset}
            onTick={onTick}
            onUseRewrite={onUseRewrite}
            onCopyRewrite={onCopyRewrite}
            onDownload={exportJson}
            onCopyChecklist={onCopyChecklist}
            locale={ui}
          />
        )}
        {analysis && (
          <VersionsPanel
            open={versionsOpen}
            onOpen={setVersionsOpen}
            audience={versionAudience}
            channel={versionChannel}
            onAudience={onVersionAudience}
            onChannel={onVersionChannel}
            text={analysis.text}
            result={versionsResult}
            onFact={onFact}
            selected={factSpan}
            locale={ui}
          />
        )}
      </main>
      <p class="toast" role="status" aria-live="polite" data-testid="notice" data-empty={notice ? 'false' : 'true'}>
        {notice}
      </p>
      <footer class="foot">
        <p>{t('app.privacy')}</p>
      </footer>
    </div>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label={t('legend.title')}>
      <li>
        <span class="s s-hard sample">
          <span class="s-badge" aria-hidden="true">
            ▲
          </span>
          {t('legend.hard')}
        </span>
      </li>
      <li>
        <span class="s s-very-hard sample">
          <span class="s-badge" aria-hidden="true">
            ▲▲
          </span>
          {t('legend.veryHard')}
        </span>
      </li>
      <li>
        <mark class="f sev-error first sample">{t('legend.error')}</mark>
      </li>
      <li>
        <mark class="f sev-warning first sample">{t('legend.warning')}</mark>
      </li>
      <li>
        <mark class="f sev-suggestion first sample">{t('legend.suggestion')}</mark>
      </li>
    </ul>
  );
}
