/**
 * The versions view: a version of the release for an audience and a channel (`compose`), shown
 * as a person would publish it — one card per post with its length against the channel's limit,
 * the targets with their figures, the verifier's result, the notes for the editor, and the facts
 * the version states, each linked to its place in the release.
 */
import type { ChannelId } from '@attache/audiences';
import { fmt, t } from '../i18n.js';
import {
  VERSION_AUDIENCES,
  VERSION_CHANNELS,
  type UiFigures,
  type UiVersion,
  type UiVersionPart,
  type VersionAudience,
  type VersionsResult,
} from '../protocol.js';
import { cx } from '../util.js';

export interface Span {
  start: number;
  end: number;
}

export interface VersionsProps {
  open: boolean;
  onOpen: (open: boolean) => void;
  audience: VersionAudience;
  channel: ChannelId;
  onAudience: (a: VersionAudience) => void;
  onChannel: (c: ChannelId) => void;
  /** The text on screen: a result for other text, audience or channel is not shown. */
  text: string;
  result: VersionsResult | null;
  /** Selects a span of the release (UTF-16 offsets into the text). */
  onFact: (start: number, end: number) => void;
  /** The source span selected from the facts table. */
  selected: Span | null;
  /** The interface language (a change re-renders the view). */
  locale?: string;
}

/**
 * Scrolls a text box so that the text at `offset` shows, a third of the way down: the offset's
 * line is found with a hidden copy of the box's text layout (a textarea does not say where a
 * character is).
 */
export function revealOffset(area: HTMLTextAreaElement, offset: number): void {
  const css = getComputedStyle(area);
  const mirror = document.createElement('div');
  for (const k of ['font', 'lineHeight', 'letterSpacing', 'padding', 'border', 'boxSizing', 'tabSize'] as const)
    mirror.style[k] = css[k];
  mirror.style.width = `${area.clientWidth}px`;
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.textContent = area.value.slice(0, offset);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  document.body.append(mirror);
  const y = marker.offsetTop;
  mirror.remove();
  area.scrollTop = Math.max(0, y - area.clientHeight / 3);
}

/** 1-based line and column of an offset. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function count(p: UiVersionPart): string {
  if (p.unit === 'words') return t('versions.words', { count: p.count, limit: p.limit ?? '' });
  return p.limit === null ? t('versions.chars', { count: p.count }) : `${p.count}/${p.limit}`;
}

function Parts({ version }: { version: UiVersion }) {
  if (version.parts.length === 0) return <p class="note">{t('versions.noText')}</p>;
  return (
    <ol class="version-parts" data-testid="version-parts" data-kind={version.channel.kind}>
      {version.parts.map((p, i) => (
        <li key={i} class={cx('post', !p.within && 'over')} data-within={p.within ? 'true' : 'false'}>
          <p class="post-text">{p.text}</p>
          <span class="chars" data-testid="part-count" aria-label={t('versions.countLabel', { n: i + 1 })}>
            {count(p)}
            {!p.within && ` ${t('versions.over')}`}
          </span>
        </li>
      ))}
    </ol>
  );
}

function Figures({ before, after }: { before: UiFigures; after: UiFigures }) {
  const rows: [keyof UiFigures, number][] = [
    ['grade', 1],
    ['formality', 0],
    ['averageSentenceWords', 1],
  ];
  return (
    <table class="version-figures" data-testid="version-figures">
      <thead>
        <tr>
          <th scope="col">{t('versions.figure')}</th>
          <th scope="col">{t('versions.release')}</th>
          <th scope="col">{t('versions.version')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, digits]) => (
          <tr key={id}>
            <th scope="row">{t(`versions.figures.${id}`)}</th>
            <td>{fmt(before[id], digits)}</td>
            <td data-testid={`version-after-${id}`}>{fmt(after[id], digits)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Targets({ version }: { version: UiVersion }) {
  return (
    <table class="version-targets" data-testid="version-targets">
      <thead>
        <tr>
          <th scope="col">{t('versions.target')}</th>
          <th scope="col">{t('versions.value')}</th>
          <th scope="col">{t('versions.limit')}</th>
          <th scope="col">{t('versions.status')}</th>
        </tr>
      </thead>
      <tbody>
        {version.targets.map((x) => (
          <tr key={x.id} class={x.met ? 'status-pass' : 'status-fail'} data-met={x.met ? 'true' : 'false'}>
            <th scope="row" title={x.source}>
              {t(`versions.targets.${x.id}`, { defaultValue: x.id })}
            </th>
            <td>{fmt(x.value, 1)}</td>
            <td>≤ {fmt(x.max, 1)}</td>
            <td>{x.met ? `✓ ${t('versions.met')}` : `✗ ${t('versions.missed')}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Verifier({ version }: { version: UiVersion }) {
  const v = version.verification;
  return (
    <div class="version-verifier">
      <p data-testid="version-verifier" data-ok={v.ok ? 'true' : 'false'} class={v.ok ? 'status-pass' : 'status-fail'}>
        {v.ok
          ? `✓ ${t('versions.verified', { count: version.facts.length })}`
          : `✗ ${t('versions.unverified', { count: v.findings.length })}`}
      </p>
      {v.findings.length > 0 && (
        <ul class="version-findings">
          {v.findings.map((f, i) => (
            <li key={i}>
              <code>{f.rule}</code> “{f.text}”: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Facts({
  version,
  text,
  onFact,
  selected,
}: {
  version: UiVersion;
  text: string;
  onFact: VersionsProps['onFact'];
  selected: Span | null;
}) {
  if (version.facts.length === 0) return <p class="note">{t('versions.noFacts')}</p>;
  return (
    <table class="version-facts" data-testid="version-facts">
      <thead>
        <tr>
          <th scope="col">{t('versions.kind')}</th>
          <th scope="col">{t('versions.inVersion')}</th>
          <th scope="col">{t('versions.inRelease')}</th>
        </tr>
      </thead>
      <tbody>
        {version.facts.map((f, i) => {
          const on = selected !== null && selected.start === f.source.start && selected.end === f.source.end;
          return (
            <tr key={i} class={cx(on && 'selected')} data-kind={f.kind}>
              <td>{t(`versions.kinds.${f.kind}`, { defaultValue: f.kind })}</td>
              <td>{f.text}</td>
              <td>
                {f.source.in === 'release' ? (
                  <button
                    type="button"
                    class="fact-link"
                    data-testid="fact-link"
                    data-start={f.source.start}
                    data-end={f.source.end}
                    aria-pressed={on}
                    onClick={() => onFact(f.source.start, f.source.end)}
                  >
                    “{f.source.text}” <span class="loc">{lineCol(text, f.source.start)}</span>
                  </button>
                ) : (
                  <span>
                    “{f.source.text}” ({t('versions.fromBrief')})
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

export function VersionsPanel(props: VersionsProps) {
  const { open, audience, channel, text, result } = props;
  const fresh =
    result && result.text === text && result.audience === audience && result.channel === channel ? result : null;
  const v = fresh?.version;
  return (
    <section
      class="versions"
      aria-labelledby="versions-h"
      data-testid="versions"
      aria-busy={open && !fresh ? 'true' : 'false'}
    >
      <div class="versions-head">
        <h2 id="versions-h">{t('versions.title')}</h2>
        <button
          type="button"
          data-testid="versions-toggle"
          aria-expanded={open}
          aria-controls="versions-body"
          onClick={() => props.onOpen(!open)}
        >
          {open ? t('versions.hide') : t('versions.show')}
        </button>
      </div>
      <p class="audience-about">{t('versions.about')}</p>
      {open && (
        <div id="versions-body">
          <div class="controls">
            <label class="field">
              <span>{t('versions.audience')}</span>
              <select
                data-testid="version-audience"
                value={audience}
                onChange={(e) => props.onAudience((e.currentTarget as HTMLSelectElement).value as VersionAudience)}
              >
                {VERSION_AUDIENCES.map((a) => (
                  <option key={a} value={a}>
                    {t(`audience.${a}.name`)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('versions.channel')}</span>
              <select
                data-testid="version-channel"
                value={channel}
                onChange={(e) => props.onChannel((e.currentTarget as HTMLSelectElement).value as ChannelId)}
              >
                {VERSION_CHANNELS[audience].map((c) => (
                  <option key={c} value={c}>
                    {t(`versions.channels.${c}`, { defaultValue: c })}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {!v ? (
            <p class="pending">{t('versions.working')}</p>
          ) : (
            <div class="versions-grid">
              <div>
                <h3>{t(`versions.partsTitle.${v.channel.kind}`, { defaultValue: t('versions.partsTitle.plain') })}</h3>
                <Parts version={v} />
                <h3>{t('versions.notes')}</h3>
                {v.notes.length === 0 ? (
                  <p class="note">{t('versions.noNotes')}</p>
                ) : (
                  <ul class="version-notes" data-testid="version-notes">
                    {v.notes.map((n, i) => (
                      <li key={i}>{n}</li>
                    ))}
                  </ul>
                )}
                {v.translatorNotes.length > 0 && (
                  <>
                    <h3>{t('versions.translator')}</h3>
                    <ul>
                      {v.translatorNotes.map((n, i) => (
                        <li key={i}>{n}</li>
                      ))}
                    </ul>
                  </>
                )}
                {v.glossary.length > 0 && (
                  <>
                    <h3>{t('versions.glossary')}</h3>
                    <ul class="version-glossary">
                      {v.glossary.map((g) => (
                        <li key={g.term}>
                          <strong>{g.term}</strong>: {g.definition ?? t(`versions.glossaryKinds.${g.kind}`)}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
              <div>
                <h3>{t('versions.figuresTitle')}</h3>
                <Figures before={v.before} after={v.after} />
                <h3>{t('versions.targetsTitle')}</h3>
                <Targets version={v} />
                <h3>{t('versions.verifier')}</h3>
                <Verifier version={v} />
                <h3>{t('versions.facts')}</h3>
                <p class="hint">{t('versions.factsHint')}</p>
                <Facts version={v} text={text} onFact={props.onFact} selected={props.selected} />
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
