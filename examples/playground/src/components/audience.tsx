import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Report, Targets } from '@attache/core';
import { fmt, has, t } from '../i18n.js';
import {
  AUDIENCE_TABS,
  type AudienceResult,
  type AudienceTab,
  type Rewrite,
  type UiCheckItem,
  type UiProposal,
} from '../protocol.js';
import { cx, memo } from '../util.js';
import { FIGURES } from './scores.js';

export interface AudienceProps {
  audience: AudienceTab;
  onAudience: (a: AudienceTab) => void;
  /** The text and report of the input (before). */
  text: string;
  report: Report;
  /** The worker's result for this audience and text, or null while it is being made. */
  result: AudienceResult | null;
  accepted: string[];
  rejected: string[];
  ticked: string[];
  onDecide: (id: string, decision: 'accept' | 'reject' | 'undo') => void;
  onAcceptSafe: () => void;
  onReset: () => void;
  onTick: (id: string, on: boolean) => void;
  onUseRewrite: (text: string) => void;
  onCopyRewrite: () => void;
  onDownload: () => void;
  onCopyChecklist: () => void;
  /** The interface language (a change re-renders the view). */
  locale?: string;
}

function Tabs({ audience, onAudience }: Pick<AudienceProps, 'audience' | 'onAudience'>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div class="tabs" role="tablist" aria-label={t('audience.tabsLabel')}>
      {AUDIENCE_TABS.map((a, i) => (
        <button
          key={a}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${a}`}
          data-testid={`tab-${a}`}
          aria-selected={audience === a}
          aria-controls="audience-panel"
          tabIndex={audience === a ? 0 : -1}
          onClick={() => onAudience(a)}
          onKeyDown={(e) => {
            const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            let next = -1;
            if (delta) next = (i + delta + AUDIENCE_TABS.length) % AUDIENCE_TABS.length;
            else if (e.key === 'Home') next = 0;
            else if (e.key === 'End') next = AUDIENCE_TABS.length - 1;
            if (next < 0) return;
            e.preventDefault();
            onAudience(AUDIENCE_TABS[next]!);
            refs.current[next]?.focus();
          }}
        >
          <span class="tab-icon" aria-hidden="true">
            {ICONS[a]}
          </span>
          {t(`audience.${a}.name`)}
        </button>
      ))}
    </div>
  );
}

const ICONS: Record<AudienceTab, string> = { general: '◎', youth: '✦', rural: '⌂', foreign: '⇄' };

function kindLabel(kind: string): string {
  return has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind;
}

function Proposals({
  result,
  accepted,
  rejected,
  onDecide,
}: { result: AudienceResult } & Pick<AudienceProps, 'accepted' | 'rejected' | 'onDecide'>) {
  const applied = new Set(result.rewrite?.applied ?? []);
  if (result.proposals.length === 0) return <p class="empty">{t('audience.noProposals')}</p>;
  return (
    <ol class="proposals" data-testid="proposals">
      {result.proposals.map((p: UiProposal) => {
        const isAcc = accepted.includes(p.id);
        const isRej = rejected.includes(p.id);
        const overlapped = isAcc && result.rewrite !== null && !applied.has(p.id);
        return (
          <li
            key={p.id}
            class={cx('prop', isAcc && 'accepted', isRej && 'rejected')}
            data-proposal={p.id}
            data-safe={p.safe ? 'true' : 'false'}
          >
            <div class="prop-head">
              <span class="kind">{kindLabel(p.kind)}</span>
              {p.safe ? (
                <span class="tag safe">{t('audience.safe')}</span>
              ) : (
                <span class="tag review">{t('audience.review')}</span>
              )}
              <span class="conf">{t('audience.confidence', { value: Math.round(p.confidence * 100) })}</span>
              {isAcc && <span class="state">✓ {t('audience.accepted')}</span>}
              {isRej && <span class="state">✗ {t('audience.rejected')}</span>}
            </div>
            <div class="prop-change">
              <del>{p.original}</del>
              <span aria-hidden="true"> → </span>
              <span class="sr-only"> {t('audience.becomes')} </span>
              {p.replacement === '' ? <em>{t('audience.removed')}</em> : <ins>{p.replacement}</ins>}
            </div>
            <p class="rationale">{p.rationale}</p>
            {overlapped && <p class="note">⚠ {t('audience.overlapped')}</p>}
            <div class="prop-actions">
              <button
                type="button"
                class="accept"
                aria-pressed={isAcc}
                data-testid="accept-proposal"
                onClick={() => onDecide(p.id, isAcc ? 'undo' : 'accept')}
              >
                {isAcc ? t('audience.undoAccept') : t('audience.accept')}
              </button>
              <button
                type="button"
                class="reject"
                aria-pressed={isRej}
                onClick={() => onDecide(p.id, isRej ? 'undo' : 'reject')}
              >
                {isRej ? t('audience.undoReject') : t('audience.reject')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** The input with the rewrite's changes marked; long unchanged stretches are shortened. */
function Diff({ text, rewrite }: { text: string; rewrite: Rewrite | null }) {
  if (!rewrite) return <p class="empty">{t('audience.noChanges')}</p>;
  const out: ComponentChildren[] = [];
  let pos = 0;
  // Unchanged stretches keep about 100 characters of context on each side, cut at a space.
  const keep = (s: string, k: number, first: boolean, last: boolean) => {
    if (s.length <= 320) {
      out.push(s);
      return;
    }
    const cutHead = s.indexOf(' ', 100);
    const cutTail = s.lastIndexOf(' ', s.length - 100);
    const head = first ? '' : s.slice(0, cutHead < 0 ? 100 : cutHead);
    const tail = last ? '' : s.slice(cutTail < 0 ? s.length - 100 : cutTail + 1);
    out.push(
      head,
      <span class="elided" key={`e${k}`} aria-label={t('audience.elided')}>
        {' … '}
      </span>,
      tail,
    );
  };
  rewrite.diff.forEach((h, k) => {
    keep(text.slice(pos, h.before.start), k, k === 0, false);
    if (h.before.text) out.push(<del key={`d${k}`}>{h.before.text}</del>);
    if (h.after.text) out.push(<ins key={`i${k}`}>{h.after.text}</ins>);
    pos = h.before.end;
  });
  keep(text.slice(pos), rewrite.diff.length, false, true);
  return (
    <div class="diff" data-testid="diff">
      {out}
    </div>
  );
}

const TARGET_OF: Record<string, { key: keyof Targets; scale?: number }> = {
  grade: { key: 'maxGrade' },
  formality: { key: 'maxFormality' },
  eflaw: { key: 'maxEflaw' },
  avgWords: { key: 'maxAverageSentenceWords' },
  hardShare: { key: 'maxHardSentenceShare', scale: 100 },
};

function BeforeAfter({ before, after, targets }: { before: Report; after: Report; targets: Targets }) {
  return (
    <table class="before-after" data-testid="before-after">
      <caption>{t('audience.beforeAfter')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audience.figure')}</th>
          <th scope="col" class="num">
            {t('audience.before')}
          </th>
          <th scope="col" class="num">
            {t('audience.after')}
          </th>
          <th scope="col" class="num">
            {t('audience.target')}
          </th>
        </tr>
      </thead>
      <tbody>
        {FIGURES.map((f) => {
          const b = f.get(before);
          const a = f.get(after);
          const tgt = TARGET_OF[f.id];
          const limit = tgt ? targets[tgt.key] : undefined;
          const limitShown = limit === undefined ? null : limit * (tgt?.scale ?? 1);
          const change = b === null || a === null ? 0 : Math.round((a - b) * 10 ** f.digits) / 10 ** f.digits;
          const better = f.better === 'lower' ? change < 0 : change > 0;
          const met = limitShown === null || a === null ? null : a <= limitShown;
          return (
            <tr key={f.id} data-figure={f.id}>
              <th scope="row">{t(`figures.${f.id}`)}</th>
              <td class="num" data-testid={`before-${f.id}`}>
                {fmt(b, f.digits)}
              </td>
              <td class="num" data-testid={`after-${f.id}`}>
                {fmt(a, f.digits)}{' '}
                {change !== 0 && (
                  <span class={cx('delta', better ? 'better' : 'worse')}>
                    {change < 0 ? '↓' : '↑'} {better ? t('audience.better') : t('audience.worse')}
                  </span>
                )}
              </td>
              <td class="num">
                {limitShown === null ? '—' : `≤ ${fmt(limitShown, 1)}`}
                {met !== null && (
                  <span class={cx('met', met ? 'yes' : 'no')}>
                    {met ? ` ✓ ${t('audience.met')}` : ` ✗ ${t('audience.notMet')}`}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Thread({ posts }: { posts: string[] }) {
  return (
    <section class="thread" aria-labelledby="thread-h">
      <h4 id="thread-h">{t('audience.thread')}</h4>
      <p class="hint">{t('audience.threadHint')}</p>
      <ol data-testid="thread">
        {posts.map((p, i) => (
          <li key={i} class="post">
            <p>{p}</p>
            <span class="chars">{t('audience.chars', { count: [...p].length })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function checkLabel(item: UiCheckItem): string {
  return item.label ?? (item.labelKey ? t(`${item.labelKey}.label`, item.data ?? {}) : item.id);
}

export function checkExplanation(item: UiCheckItem): string {
  return item.explanation ?? (item.labelKey ? t(`${item.labelKey}.explanation`, item.data ?? {}) : '');
}

function Checklist({
  items,
  ticked,
  onTick,
  checkedOnRewrite,
}: {
  items: UiCheckItem[];
  ticked: string[];
  onTick: AudienceProps['onTick'];
  checkedOnRewrite: boolean;
}) {
  return (
    <section class="checklist" aria-labelledby="checklist-h">
      <h4 id="checklist-h">{t('audience.checklist')}</h4>
      <p class="hint">{checkedOnRewrite ? t('audience.checkedOnRewrite') : t('audience.checkedOnInput')}</p>
      <ul data-testid="checklist">
        {items.map((item) => {
          const id = `chk-${item.id}`;
          return (
            <li key={item.id} class={`check status-${item.status}`} data-check={item.id}>
              <div class="check-head">
                {item.status === 'manual' ? (
                  <label class="manual" for={id}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={ticked.includes(item.id)}
                      onChange={(e) => onTick(item.id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <span class="status">{ticked.includes(item.id) ? t('check.done') : t('check.manual')}</span>
                    <span class="check-label">{checkLabel(item)}</span>
                  </label>
                ) : (
                  <>
                    <span class="status">
                      <span aria-hidden="true">{item.status === 'pass' ? '✓ ' : '✗ '}</span>
                      {t(`check.${item.status}`)}
                    </span>
                    <span class="check-label">{checkLabel(item)}</span>
                  </>
                )}
              </div>
              <details>
                <summary>{t('check.why')}</summary>
                <p>{checkExplanation(item)}</p>
                {item.source && (
                  <p class="source">
                    {t('check.source')}: {item.source}
                  </p>
                )}
              </details>
              {item.evidence.length > 0 && (
                <ul class="evidence" aria-label={t('check.evidence')}>
                  {item.evidence.slice(0, 4).map((ev, k) => (
                    <li key={k}>
                      <span class="loc">
                        {ev.loc.start.line}:{ev.loc.start.column}
                      </span>{' '}
                      <q>{ev.text.length > 140 ? `${ev.text.slice(0, 140)}…` : ev.text}</q>
                    </li>
                  ))}
                  {item.evidence.length > 4 && (
                    <li class="more">{t('check.more', { count: item.evidence.length - 4 })}</li>
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AudienceView(props: AudienceProps) {
  const { audience, result, text, report } = props;
  const fresh = result && result.audience === audience && result.text === text ? result : null;
  const safeCount = fresh ? fresh.proposals.filter((p) => p.safe && !props.rejected.includes(p.id)).length : 0;
  return (
    <section class="audience" aria-labelledby="audience-h">
      <h2 id="audience-h">{t('audience.title')}</h2>
      <Tabs audience={audience} onAudience={props.onAudience} />
      <div
        class="tabpanel"
        role="tabpanel"
        id="audience-panel"
        aria-labelledby={`tab-${audience}`}
        aria-busy={!fresh}
        data-testid="audience-panel"
      >
        <p class="audience-about">{t(`audience.${audience}.about`)}</p>
        {!fresh ? (
          <p class="pending" role="status">
            {t('audience.working')}
          </p>
        ) : (
          <div class="audience-grid">
            <div class="col">
              <div class="toolbar">
                <h3>{t('audience.proposals', { count: fresh.proposals.length })}</h3>
                <button type="button" data-testid="accept-safe" disabled={safeCount === 0} onClick={props.onAcceptSafe}>
                  {t('audience.acceptSafe', { count: safeCount })}
                </button>
                <button
                  type="button"
                  class="secondary"
                  disabled={props.accepted.length === 0 && props.rejected.length === 0}
                  onClick={props.onReset}
                >
                  {t('audience.reset')}
                </button>
              </div>
              <Proposals result={fresh} accepted={props.accepted} rejected={props.rejected} onDecide={props.onDecide} />
            </div>
            <div class="col">
              <BeforeAfter before={report} after={fresh.rewrite?.after ?? report} targets={fresh.targets} />
              <h3>{t('audience.diff')}</h3>
              <Diff text={text} rewrite={fresh.rewrite} />
              <div class="toolbar exports">
                <button type="button" data-testid="copy-rewrite" onClick={props.onCopyRewrite}>
                  {t('export.copyRewrite')}
                </button>
                <button
                  type="button"
                  disabled={!fresh.rewrite}
                  onClick={() => fresh.rewrite && props.onUseRewrite(fresh.rewrite.text)}
                >
                  {t('export.useRewrite')}
                </button>
                <button type="button" data-testid="download-json" onClick={props.onDownload}>
                  {t('export.downloadJson')}
                </button>
                <button type="button" data-testid="copy-checklist" onClick={props.onCopyChecklist}>
                  {t('export.copyChecklist')}
                </button>
              </div>
              {fresh.thread && <Thread posts={fresh.thread} />}
              <Checklist
                items={fresh.checklist}
                ticked={props.ticked}
                onTick={props.onTick}
                checkedOnRewrite={fresh.rewrite !== null}
              />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

export const AudiencePanel = memo(AudienceView);

/** The checklist as Markdown, for a ticket or a message to a colleague. */
export function checklistMarkdown(audience: AudienceTab, items: UiCheckItem[], ticked: string[]): string {
  const lines = [`## ${t('export.checklistTitle', { audience: t(`audience.${audience}.name`) })}`, ''];
  for (const item of items) {
    const done = item.status === 'pass' || (item.status === 'manual' && ticked.includes(item.id));
    const status =
      item.status === 'manual'
        ? ticked.includes(item.id)
          ? t('check.done')
          : t('check.manual')
        : t(`check.${item.status}`);
    lines.push(`- [${done ? 'x' : ' '}] **${checkLabel(item)}** — ${status}`);
    for (const ev of item.evidence.slice(0, 3))
      lines.push(`  - ${ev.loc.start.line}:${ev.loc.start.column} “${ev.text.replace(/\s+/g, ' ').slice(0, 120)}”`);
    if (item.evidence.length > 3) lines.push(`  - ${t('check.more', { count: item.evidence.length - 3 })}`);
  }
  return lines.join('\n') + '\n';
}
