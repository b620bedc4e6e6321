import { describe, expect, it } from 'vitest';
import { citeSource, isSource, SOURCES } from '../src/index.js';

describe('the source registry', () => {
  it('holds every source once, each with a title', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(30);
    for (const [id, s] of Object.entries(SOURCES)) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      expect(s.title.length, id).toBeGreaterThan(3);
    }
  });
  it('cites by the short form, else "title (author)", with a detail in parentheses', () => {
    expect(citeSource('govuk')).toBe('GOV.UK style guide and “Writing for GOV.UK” (Government Digital Service)');
    expect(citeSource('govuk', 'numbers')).toBe(
      'GOV.UK style guide and “Writing for GOV.UK” (Government Digital Service) (numbers)',
    );
    expect(citeSource('asd-ste100')).toBe('ASD-STE100 Simplified Technical English');
    expect(citeSource('no-such-source')).toBe('no-such-source');
    expect(isSource('govuk')).toBe(true);
    expect(isSource('toString')).toBe(false);
  });
});
