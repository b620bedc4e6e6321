import { createContext } from 'preact';
import { useContext, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Finding, Report } from '@attache/core';
import { fmt, t } from '../i18n.js';
import { layout, type Mark } from '../segments.js';
import { cx, memo } from '../util.js';

/** False while the editor holds text that has not been analysed yet (the offsets would be stale).
 * A context rather than a prop: the first key stroke flips it, and only an open popover needs to
 * know, so the highlighted text itself is not rendered again while one types. */
export const CanApply = createContext(false);

export interface AnnotatedProps {
  /** The text the report was made from. */
  text: string;
  report: Report;
  onApply: (start: number, end: number, replacement: string) => void;
  /** The interface language (a change re-renders the view). */
  locale?: string;
}

const SEVERITY_ICON: Record<Finding['severity'], string> = { error: '✖', warning: '!', suggestion: '?' };

function Popover({
  mark,
  index,
  onApply,
  onClose,
}: {
  mark: Mark;
  index: number;
  onApply: AnnotatedProps['onApply'];
  onClose: () => void;
}) {
  const canApply = useContext(CanApply);
  const ref = useRef<HTMLSpanElement>(null);
  // Keep the popover inside the text's box (which scrolls, and would clip it).
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.closest('.doc');
    if (!el || !box) return;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const over = r.right - (b.right - 12);
    if (over > 0) el.style.left = `${-Math.min(over, Math.max(0, r.left - b.left - 4))}px`;
  }, []);
  return (
    <span
      class="pop"
      ref={ref}
      id={`pop-${index}`}
      role="group"
      aria-label={t('doc.popLabel')}
      data-testid="finding-popover"
    >
      {mark.findings.map((f, k) => {
        const options: { start: number; end: number; text: string; safe: boolean }[] = [];
        if (f.fix) options.push({ start: f.fix.range[0], end: f.fix.range[1], text: f.fix.text, safe: true });
        for (const s of f.suggestions)
          if (!options.some((o) => o.text === s)) options.push({ start: f.start, end: f.end, text: s, safe: false });
        return (
          <span class="pop-item" key={k}>
            <span class="pop-head">
              <span class={`sev sev-${f.severity}`}>
                <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
                {t(`severity.${f.severity}`)}
              </span>
              <code class="rule">{f.ruleId}</code>
            </span>
            <span class="pop-msg">{f.message}</span>
            {options.length > 0 && (
              <span class="pop-actions">
                {options.map((o) => (
                  <button
                    type="button"
                    class={cx('accept', o.safe && 'safe')}
                    disabled={!canApply}
                    data-testid="accept-finding"
                    onClick={() => onApply(o.start, o.end, o.text)}
                  >
                    {o.text === '' ? t('doc.acceptDelete') : t('doc.accept', { text: o.text })}
                    {o.safe && <span class="tag">{t('doc.safe')}</span>}
                  </button>
                ))}
              </span>
            )}
            {!canApply && options.length > 0 && <span class="hint">{t('doc.waiting')}</span>}
          </span>
        );
      })}
      <button type="button" class="link close" onClick={onClose}>
        {t('doc.close')}
      </button>
    </span>
  );
}

function AnnotatedView({ text, report, onApply }: AnnotatedProps) {
  const lay = useMemo(() => layout(text, report.sentences, report.findings), [text, report]);
  const [active, setActive] = useState(-1);
  const [pinned, setPinned] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const leaveTimer = useRef<number | undefined>(undefined);

  const open = (i: number) => {
    window.clearTimeout(leaveTimer.current);
    setActive(i);
  };
  const close = (focusMark = false) => {
    const i = active;
    setActive(-1);
    setPinned(false);
    if (focusMark && i >= 0) root.current?.querySelector<HTMLElement>(`[data-mark="${i}"]`)?.focus();
  };

  return (
    <div
      class="doc"
      ref={root}
      lang={report.language.supported ? report.language.code : undefined}
      data-testid="annotated"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && active >= 0) {
          e.preventDefault();
          close(true);
        }
      }}
    >
      {lay.runs.map((run, ri) => {
        const pieces = run.pieces.map((p) => {
          const slice = text.slice(p.start, p.end);
          if (p.mark < 0) return slice;
          const m = lay.marks[p.mark]!;
          const cls = cx(
            'f',
            `sev-${m.severity}`,
            m.findings.length > 1 && 'multi',
            p.first && 'first',
            !p.first && 'cont',
          );
          if (!p.first) {
            return (
              <mark class={cls} onMouseEnter={() => open(p.mark)}>
                {slice}
              </mark>
            );
          }
          return (
            <span
              class="fw"
              key={`m${p.mark}`}
              onMouseEnter={() => open(p.mark)}
              onMouseLeave={() => {
                if (pinned) return;
                leaveTimer.current = window.setTimeout(() => setActive((a) => (a === p.mark ? -1 : a)), 250);
              }}
              onFocusIn={() => open(p.mark)}
              onFocusOut={(e) => {
                const next = e.relatedTarget as Node | null;
                if (!next || !(e.currentTarget as HTMLElement).contains(next))
                  setActive((a) => (a === p.mark ? -1 : a));
              }}
            >
              <mark
                class={cls}
                tabIndex={0}
                role="button"
                data-mark={p.mark}
                data-rule={m.findings.map((f) => f.ruleId).join(' ')}
                aria-expanded={active === p.mark}
                aria-controls={active === p.mark ? `pop-${p.mark}` : undefined}
                aria-describedby={`md-${p.mark}`}
                onClick={() => {
                  open(p.mark);
                  setPinned(true);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(p.mark);
                    setPinned(true);
                    // Move into the popover: its first action, or its close button.
                    requestAnimationFrame(() =>
                      root.current?.querySelector<HTMLElement>(`#pop-${p.mark} button`)?.focus(),
                    );
                  }
                }}
              >
                {slice}
              </mark>
              <span class="sr-only" id={`md-${p.mark}`}>
                {m.findings.map((f) => `${t(`severity.${f.severity}`)}: ${f.message}`).join(' ')}
              </span>
              {active === p.mark && <Popover mark={m} index={p.mark} onApply={onApply} onClose={() => close(true)} />}
            </span>
          );
        });
        if (run.sentence < 0) return <span key={`r${ri}`}>{pieces}</span>;
        const s = report.sentences[run.sentence]!;
        const sf = lay.sentenceFindings.get(run.sentence) ?? [];
        const title = [t(`difficulty.${s.difficulty}`, { grade: fmt(s.grade, 1) }), ...sf.map((f) => f.message)].join(
          '\n',
        );
        return (
          <span
            key={`r${ri}`}
            class={cx('s', `s-${s.difficulty}`)}
            data-sentence={run.sentence}
            data-difficulty={s.difficulty}
            title={title}
            tabIndex={-1}
          >
            {s.difficulty !== 'ok' && (
              <>
                <span class="s-badge" aria-hidden="true">
                  {s.difficulty === 'hard' ? '▲' : '▲▲'}
                </span>
                <span class="sr-only">{`(${t(`difficulty.${s.difficulty}`, { grade: fmt(s.grade, 1) })}) `}</span>
              </>
            )}
            {pieces}
          </span>
        );
      })}
    </div>
  );
}

export const Annotated = memo(AnnotatedView);

/** The findings as a list, each with a button that moves the focus to its mark or sentence. */
function FindingsListView({ text, report }: { text: string; report: Report; locale?: string }) {
  const lay = useMemo(() => layout(text, report.sentences, report.findings), [text, report]);
  const markOf = (f: Finding): number => lay.marks.findIndex((m) => m.findings.includes(f));
  const sentenceOf = (f: Finding): number => {
    for (const [i, list] of lay.sentenceFindings) if (list.includes(f)) return i;
    return -1;
  };
  const go = (f: Finding) => {
    const m = markOf(f);
    const el =
      m >= 0
        ? document.querySelector<HTMLElement>(`[data-mark="${m}"]`)
        : document.querySelector<HTMLElement>(`[data-sentence="${sentenceOf(f)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of report.findings) counts[f.severity]++;
  return (
    <details class="findings-list">
      <summary data-testid="findings-summary">
        {t('doc.findings', { count: report.findings.length })} — {t('doc.bySeverity', counts)}
      </summary>
      <ol>
        {report.findings.map((f, i) => (
          <li key={i}>
            <span class={`sev sev-${f.severity}`}>
              <span aria-hidden="true">{SEVERITY_ICON[f.severity]} </span>
              {t(`severity.${f.severity}`)}
            </span>{' '}
            <span class="loc">
              {f.loc.start.line}:{f.loc.start.column}
            </span>{' '}
            <span>{f.message}</span>{' '}
            <button type="button" class="link" onClick={() => go(f)}>
              {t('doc.show')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

export const FindingsList = memo(FindingsListView);
