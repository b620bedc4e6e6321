import { Component, h, type ComponentType } from 'preact';

/** A component that re-renders only when a prop changes (shallow), so that typing in the editor
 * does not re-render the heavy views built from the last report. */
export function memo<P extends object>(C: ComponentType<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const a = this.props as Record<string, unknown>;
      const b = next as Record<string, unknown>;
      for (const k in a) if (k !== 'children' && a[k] !== b[k]) return true;
      for (const k in b) if (k !== 'children' && !(k in a)) return true;
      return false;
    }
    override render(p: P) {
      return h(C, p);
    }
  }
  (Memo as unknown as { displayName: string }).displayName = `memo(${C.displayName ?? C.name})`;
  return Memo as unknown as ComponentType<P>;
}

/** Copies text; falls back to a hidden textarea where the Clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.append(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}

export function download(name: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
