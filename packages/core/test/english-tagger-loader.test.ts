import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { analyze, englishTaggerLoaded, setEnglishTaggerLoader, type EnglishTagger } from '@attache/core';

// Each test file runs in its own module state (vitest isolates files): nothing is loaded yet.
describe('setEnglishTaggerLoader', () => {
  const load = vi.fn<() => EnglishTagger>(() => createRequire(import.meta.url)('compromise/two') as EnglishTagger);

  it('loads nothing until a rule needs the parse', () => {
    setEnglishTaggerLoader(load);
    analyze('Правительство утвердило программу развития регионов на ближайшие три года.', { language: 'ru' });
    expect(load).not.toHaveBeenCalled();
    expect(englishTaggerLoaded()).toBe(false);
  });

  it('then loads through the given loader, once, and the passive is confirmed with its agent', () => {
    const text = 'The new agreement was approved by the Ministry of Finance on Tuesday. It was welcomed.';
    const r = analyze(text, { language: 'en' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(englishTaggerLoaded()).toBe(true);
    const passive = r.findings.find((f) => f.ruleId === 'passive-voice');
    expect(passive && text.slice(passive.start, passive.end)).toBe('was approved');
    expect(passive?.message).toContain('the Ministry of Finance');
    analyze(text, { language: 'en' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
