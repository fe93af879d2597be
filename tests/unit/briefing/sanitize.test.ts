import { describe, expect, test } from 'vitest';
import { parseAnnotations, parseBriefingSettings, parseSlides } from '../../../src/briefing/sanitize';
import { defaultParameters, type Parameters } from '../../../src/model/parameters';
import { parseSettings } from '../../../src/store/persistence/settings';

const params = (raw: unknown): Parameters => ({ ...defaultParameters(), ...(typeof raw === 'object' && raw ? (raw as Partial<Parameters>) : {}) });

const good = {
  id: 's1',
  view: 'table',
  title: 'Space',
  notes: 'n',
  datasetId: 'default',
  selection: { technology: 'space', indicator: null, focusRival: 'CHN', partners: ['AUS', 3] },
  parameters: { horizon: 15 },
  createdAt: 5,
};

describe('parseSlides', () => {
  test('keeps well-formed slides and repairs optional fields', () => {
    const slides = parseSlides([good, { id: 's2', view: 'method', datasetId: 'default' }], params);
    expect(slides).toHaveLength(2);
    expect(slides[0]).toMatchObject({ id: 's1', title: 'Space', selection: { technology: 'space', partners: ['AUS'] }, createdAt: 5 });
    expect(slides[0]!.parameters.horizon).toBe(15);
    expect(slides[1]).toMatchObject({ title: '', notes: '', selection: { technology: null, indicator: null, focusRival: null, partners: [] }, createdAt: 0 });
  });

  test('drops malformed slides one by one', () => {
    const slides = parseSlides(
      [null, 7, 'x', { ...good, id: '' }, { ...good, id: 's3', view: 'nope' }, { ...good, id: 's4', view: 'briefing' }, { ...good, id: 's5', datasetId: 1 }, good, { ...good }],
      params,
    );
    expect(slides.map((slide) => slide.id)).toEqual(['s1']);
  });

  test('anything but an array is an empty deck', () => {
    expect(parseSlides({ 0: good }, params)).toEqual([]);
    expect(parseSlides(undefined, params)).toEqual([]);
  });
});

test('parseBriefingSettings falls back field by field', () => {
  expect(parseBriefingSettings({ marking: '取扱注意', theme: 'dark' })).toEqual({ marking: '取扱注意', theme: 'dark' });
  expect(parseBriefingSettings({ marking: 3, theme: 'neon' })).toEqual({ marking: '', theme: 'light' });
  expect(parseBriefingSettings('junk')).toEqual({ marking: '', theme: 'light' });
});

test('parseAnnotations keeps text notes on known kinds of key', () => {
  expect(parseAnnotations({ 'technology:ai': 'Watch 2027', 'indicator:citations': 'proxy', 'country:JPN': 'no', 'technology:x': 5, 'technology:y': '  ' })).toEqual({
    'technology:ai': 'Watch 2027',
    'indicator:citations': 'proxy',
  });
  expect(parseAnnotations([1, 2])).toEqual({});
});

describe('stored settings with a briefing', () => {
  test('a reload restores deck, settings and notes', () => {
    const parsed = parseSettings(JSON.stringify({ deck: [good], briefing: { marking: 'FOUO', theme: 'dark' }, annotations: { 'technology:ai': 'n' } }));
    expect(parsed.deck?.map((slide) => slide.id)).toEqual(['s1']);
    expect(parsed.deck?.[0]?.parameters.horizon).toBe(15);
    expect(parsed.deck?.[0]?.parameters.saturation).toBe(3);
    expect(parsed.briefing).toEqual({ marking: 'FOUO', theme: 'dark' });
    expect(parsed.annotations).toEqual({ 'technology:ai': 'n' });
  });

  test('malformed briefing data is dropped without losing the other settings', () => {
    const parsed = parseSettings(JSON.stringify({ locale: 'en', deck: 'oops', briefing: null, annotations: [] }));
    expect(parsed.locale).toBe('en');
    expect(parsed.deck).toEqual([]);
    expect(parsed.briefing).toEqual({ marking: '', theme: 'light' });
    expect(parsed.annotations).toEqual({});
  });

  test('settings from before the briefing existed leave the briefing untouched', () => {
    const parsed = parseSettings(JSON.stringify({ locale: 'en' }));
    expect('deck' in parsed).toBe(false);
    expect('annotations' in parsed).toBe(false);
  });
});
