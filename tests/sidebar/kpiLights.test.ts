// The first screen's KPI lights take their names from the sidebar's own labels: one for every
// KPI, in both languages, short enough that a light's name fits half of the 300 px sidebar on one line.
import { describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../src/core/metrics/kpis';
import { languageOf } from '../../src/core/text/language';
import { sidebarLabels } from '../../src/core/text/sidebarLabels';

function lightsOf(locale: string) {
  return sidebarLabels(languageOf(locale)).lights;
}

describe('KPI light names', () => {
  it.each(['ko_KR', 'en_US'])('names every KPI briefly (%s)', (locale) => {
    const lights = lightsOf(locale);
    expect(Object.keys(lights)).toEqual([...KPI_IDS]);
    for (const name of Object.values(lights)) {
      expect(name.trim()).not.toBe('');
      // About 110 px at 16 px: 13 Latin letters or 6 Hangul syllables.
      expect(name.length).toBeLessThanOrEqual(locale === 'ko_KR' ? 6 : 13);
    }
  });

  it('speaks the sidebar’s language', () => {
    expect(Object.values(lightsOf('ko_KR')).join('')).toMatch(/^[가-힣 ]+$/);
    expect(Object.values(lightsOf('en_US')).join('')).toMatch(/^[A-Za-z ]+$/);
  });
});
