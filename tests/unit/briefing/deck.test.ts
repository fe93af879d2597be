import { describe, expect, test } from 'vitest';
import {
  appendSlide,
  captureSlide,
  moveSlide,
  moveSlideTo,
  removeSlide,
  restoreSlide,
  retitleSlide,
  setSlideNotes,
  slideStoreState,
} from '../../../src/briefing/deck';
import { initialState } from '../../../src/store/store';
import type { AppState, Slide } from '../../../src/store/types';
import { sampleDataset } from '../../fixtures/views/sample-dataset';

function slide(id: string): Slide {
  const state = initialState();
  return {
    id,
    view: 'overview',
    title: '',
    notes: '',
    datasetId: 'sample',
    selection: { technology: null, indicator: null, focusRival: null, partners: [] },
    parameters: state.parameters,
    createdAt: 0,
  };
}

const ids = (deck: Slide[]) => deck.map((item) => item.id);
const deck = [slide('a'), slide('b'), slide('c')];

function workingState(changes: Partial<AppState> = {}): AppState {
  const dataset = sampleDataset();
  return {
    ...initialState(),
    datasets: { sample: { dataset, files: [] } },
    datasetOrder: ['sample'],
    activeDatasetId: 'sample',
    ...changes,
  };
}

describe('captureSlide', () => {
  test('freezes view, dataset, selection and parameters', () => {
    const state = workingState({ view: 'table', technology: 'space', focusRival: 'CHN', partners: ['AUS'] });
    state.parameters = { ...state.parameters, horizon: 15 };
    const captured = captureSlide(state, 'id1', 1234, 'Space');
    expect(captured).toEqual({
      id: 'id1',
      view: 'table',
      title: 'Space',
      notes: '',
      datasetId: 'sample',
      selection: { technology: 'space', indicator: null, focusRival: 'CHN', partners: ['AUS'] },
      parameters: state.parameters,
      createdAt: 1234,
    });
  });

  test('refuses without an active dataset or on the briefing view itself', () => {
    expect(captureSlide(initialState(), 'x', 0)).toBeNull();
    expect(captureSlide(workingState({ activeDatasetId: 'gone' }), 'x', 0)).toBeNull();
    expect(captureSlide(workingState({ view: 'briefing' }), 'x', 0)).toBeNull();
  });

  test('later changes to the working state do not reach the slide', () => {
    const state = workingState({ technology: 'ai' });
    const captured = captureSlide(state, 'x', 0)!;
    const after = { ...state, technology: 'space', parameters: { ...state.parameters, horizon: 3 } };
    expect(after.parameters).not.toBe(captured.parameters);
    expect(captured.selection.technology).toBe('ai');
    expect(captured.parameters.horizon).toBe(10);
  });
});

describe('reordering', () => {
  test.each([
    ['a', 1, ['b', 'a', 'c']],
    ['c', -1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 1, ['a', 'b', 'c']],
    ['b', 5, ['a', 'c', 'b']],
    ['zz', 1, ['a', 'b', 'c']],
  ])('moveSlide(%s, %i)', (id, delta, expected) => {
    expect(ids(moveSlide(deck, id, delta))).toEqual(expected);
  });

  test.each([
    ['a', 2, ['b', 'c', 'a']],
    ['c', 0, ['c', 'a', 'b']],
    ['b', -4, ['b', 'a', 'c']],
    ['b', 99, ['a', 'c', 'b']],
  ])('moveSlideTo(%s, %i)', (id, index, expected) => {
    expect(ids(moveSlideTo(deck, id, index))).toEqual(expected);
  });

  test('never mutates the deck it is given', () => {
    const before = ids(deck);
    moveSlide(deck, 'a', 1);
    moveSlideTo(deck, 'c', 0);
    removeSlide(deck, 'b');
    expect(ids(deck)).toEqual(before);
  });

  test('on a one-slide and an empty deck', () => {
    expect(ids(moveSlide([slide('a')], 'a', 1))).toEqual(['a']);
    expect(moveSlideTo([], 'a', 0)).toEqual([]);
  });
});

describe('title, notes, removal', () => {
  test('retitle and notes change only the slide named', () => {
    const retitled = retitleSlide(deck, 'b', 'Quantum lead');
    expect(retitled.map((item) => item.title)).toEqual(['', 'Quantum lead', '']);
    const noted = setSlideNotes(retitled, 'c', 'Say: the gap closes by 2031.');
    expect(noted[2]!.notes).toBe('Say: the gap closes by 2031.');
    expect(noted[1]!.title).toBe('Quantum lead');
    expect(deck[1]!.title).toBe('');
  });

  test('remove then restore puts the slide back where it was', () => {
    const { deck: without, removed } = removeSlide(deck, 'b');
    expect(ids(without)).toEqual(['a', 'c']);
    expect(removed).toEqual({ slide: deck[1], index: 1 });
    expect(ids(restoreSlide(without, removed!))).toEqual(['a', 'b', 'c']);
  });

  test('restore after the deck got shorter appends; restoring twice is harmless', () => {
    const { deck: without, removed } = removeSlide(deck, 'c');
    const shorter = removeSlide(without, 'a').deck;
    expect(ids(restoreSlide(shorter, removed!))).toEqual(['b', 'c']);
    expect(ids(restoreSlide(deck, removed!))).toEqual(['a', 'b', 'c']);
  });

  test('removing an unknown id removes nothing', () => {
    expect(removeSlide(deck, 'nope')).toEqual({ deck, removed: null });
  });

  test('appendSlide adds at the end', () => {
    expect(ids(appendSlide(deck, slide('d')))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('slideStoreState', () => {
  test('a slide renders its own dataset, view, selection and parameters with the current language and notes', () => {
    const state = workingState({ locale: 'en', annotations: { 'technology:ai': 'note' } });
    const other = sampleDataset();
    state.datasets.other = { dataset: { ...other, id: 'other' }, files: [] };
    const captured = { ...captureSlide({ ...state, view: 'trends', technology: 'ai', indicator: 'citations' }, 's', 0)!, parameters: { ...state.parameters, horizon: 20 } };
    const snapshot = slideStoreState(captured, { datasets: state.datasets, locale: 'ja', annotations: state.annotations, briefing: state.briefing });
    expect(Object.keys(snapshot.datasets!)).toEqual(['sample']);
    expect(snapshot).toMatchObject({
      activeDatasetId: 'sample',
      view: 'trends',
      technology: 'ai',
      indicator: 'citations',
      locale: 'ja',
      annotations: { 'technology:ai': 'note' },
      deck: [],
    });
    expect(snapshot.parameters).toBe(captured.parameters);
  });

  test('a slide whose dataset was deleted has no active dataset (and is kept)', () => {
    const snapshot = slideStoreState(slide('x'), { datasets: {}, locale: 'en', annotations: {}, briefing: { marking: '', theme: 'light' } });
    expect(snapshot.activeDatasetId).toBeNull();
    expect(snapshot.datasets).toEqual({});
  });
});
