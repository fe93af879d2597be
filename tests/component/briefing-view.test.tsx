import { describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import BriefingView from '../../src/views/briefing';
import { ViewHeader } from '../../src/app/ViewHeader';
import { NoteControl } from '../../src/app/annotations/NoteControl';
import { PresentationHost } from '../../src/app/presentation/PresentationHost';
import { presentationStore, startPresentation } from '../../src/app/presentation/presentation-store';
import { addCurrentViewToDeck } from '../../src/store/actions/briefing';
import { AppStoreProvider, appStore, createAppStore } from '../../src/store/store';
import { defaultParameters } from '../../src/model/parameters';
import type { ViewId } from '../../src/store/view-ids';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

/** Seed the sample dataset and add one slide per view (each with its own technology). */
function seedDeck(views: [ViewId, string | null][]): void {
  seedAppState({ dataset: sampleDataset() });
  for (const [view, technology] of views) {
    appStore.setState({ view, technology });
    addCurrentViewToDeck();
  }
  appStore.setState({ view: 'briefing', technology: null });
}

const deckViews = () => appStore.getState().deck.map((slide) => `${slide.view}:${slide.selection.technology}`);

describe('Briefing view', () => {
  test('an empty deck says how to add slides', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<BriefingView />);
    expect(screen.getByText(/The deck is empty/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Present' })).toBeDisabled();
  });

  test('lists every slide with a live thumbnail of its own snapshot', { timeout: 30_000 }, async () => {
    seedDeck([
      ['table', 'space'],
      ['method', null],
    ]);
    // The working state moves on: slides keep what they captured.
    appStore.setState({ technology: 'quantum', parameters: { ...defaultParameters(), horizon: 15 } });
    render(<BriefingView />);
    const items = screen.getAllByRole('listitem', { name: /^Slide \d/ });
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['Slide 1: Comparison table: Space', 'Slide 2: Method']);
    // The thumbnail draws the comparison table for space, from the engine.
    await waitFor(() => expect(within(items[0]!).getByRole('table', { name: /^Space: Japan \+ United States vs rivals/ })).toBeInTheDocument(), { timeout: 10_000 });
    expect(within(items[0]!).getByTestId('slide-number')).toHaveTextContent('1 / 2');
    // The footer names the sources and says the parameters are the method defaults.
    expect(within(items[0]!).getByText('Method defaults')).toBeInTheDocument();
    const footer = items[0]!.querySelector('footer.slide-footer') as HTMLElement;
    expect(footer).toHaveTextContent('Sources: Test office; Test estimates of rival budgets; Test doctrine review');
    expect(footer).toHaveTextContent('As of 2023 (latest per technology)');
  });

  // Three live views drawn twice (list and print deck) take a few seconds in jsdom.
  test('reorder with buttons and Alt+arrows, retitle, speaker notes', { timeout: 30_000 }, () => {
    seedDeck([
      ['overview', null],
      ['table', 'ai'],
      ['method', null],
    ]);
    render(<BriefingView />);
    fireEvent.click(screen.getByRole('button', { name: 'Move later: Slide 1: Overview' }));
    expect(deckViews()).toEqual(['table:ai', 'overview:null', 'method:null']);
    const method = screen.getByRole('listitem', { name: 'Slide 3: Method' });
    fireEvent.keyDown(within(method).getByRole('textbox', { name: 'Slide title' }), { key: 'ArrowUp', altKey: true });
    expect(deckViews()).toEqual(['table:ai', 'method:null', 'overview:null']);
    // Focus stays with the slide that moved.
    expect(document.activeElement).toHaveAccessibleName('Move earlier: Slide 2: Method');
    fireEvent.change(within(screen.getByRole('listitem', { name: 'Slide 2: Method' })).getByRole('textbox', { name: 'Slide title' }), {
      target: { value: 'How the numbers are made' },
    });
    expect(appStore.getState().deck[1]!.title).toBe('How the numbers are made');
    const renamed = screen.getByRole('listitem', { name: 'Slide 2: How the numbers are made' });
    fireEvent.change(within(renamed).getByRole('textbox', { name: /Speaker notes/ }), { target: { value: 'Two minutes.' } });
    expect(appStore.getState().deck[1]!.notes).toBe('Two minutes.');
  });

  test('delete can be undone, back in its place', { timeout: 30_000 }, () => {
    seedDeck([
      ['overview', null],
      ['table', 'ai'],
      ['method', null],
    ]);
    render(<BriefingView />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete slide: Slide 2: Comparison table: Artificial intelligence' }));
    expect(deckViews()).toEqual(['overview:null', 'method:null']);
    expect(screen.getByText('Slide “Comparison table: Artificial intelligence” deleted.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(deckViews()).toEqual(['overview:null', 'table:ai', 'method:null']);
  });

  test('marking and projector theme are set here and shown on every slide', () => {
    seedDeck([['method', null]]);
    render(<BriefingView />);
    fireEvent.click(screen.getByRole('button', { name: '取扱注意' }));
    expect(appStore.getState().briefing.marking).toBe('取扱注意');
    fireEvent.click(screen.getByRole('radio', { name: 'Dark, high contrast' }));
    expect(appStore.getState().briefing.theme).toBe('dark');
    const item = screen.getByRole('listitem', { name: 'Slide 1: Method' });
    const canvas = item.querySelector('[data-slide-canvas]')!;
    expect(canvas).toHaveClass('slide-theme-dark');
    expect(within(canvas as HTMLElement).getAllByText('取扱注意')).toHaveLength(2);
  });

  test('a slide whose dataset is gone keeps its place and says so', () => {
    seedDeck([['method', null]]);
    appStore.setState({ datasets: {}, datasetOrder: [], activeDatasetId: null });
    render(<BriefingView />);
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('The dataset of this slide (“sample”) is no longer in the workspace.');
  });
});

describe('Add to briefing and notes from the views', () => {
  test('ViewHeader captures the current view; on a slide it shows no controls', () => {
    seedAppState({ dataset: sampleDataset(), view: 'table', technology: 'space' });
    render(<ViewHeader title="Comparison table" />);
    fireEvent.click(screen.getByRole('button', { name: 'Add to briefing' }));
    expect(screen.getByRole('status')).toHaveTextContent('Added as slide 1 of the briefing.');
    expect(deckViews()).toEqual(['table:space']);
    expect(screen.getByRole('button', { name: 'Analyst note on Space' })).toBeInTheDocument();

    const slideStore = createAppStore({ ...appStore.getState() });
    render(
      <AppStoreProvider store={slideStore} readOnly>
        <ViewHeader title="On a slide" />
      </AppStoreProvider>,
    );
    const heading = screen.getByRole('heading', { name: 'On a slide' });
    expect(within(heading.closest('.view-header') as HTMLElement).queryByRole('button')).toBeNull();
  });

  test('a note is written in the view and shown on slides', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<NoteControl target={{ kind: 'indicator', id: 'citations' }} name="Citations" />);
    fireEvent.click(screen.getByRole('button', { name: 'Analyst note on Citations' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Analyst note on Citations' }), { target: { value: 'Field-weighted; 2-year lag.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(appStore.getState().annotations).toEqual({ 'indicator:citations': 'Field-weighted; 2-year lag.' });

    render(
      <AppStoreProvider store={createAppStore({ ...appStore.getState() })} readOnly>
        <NoteControl target={{ kind: 'indicator', id: 'citations' }} name="Citations" />
      </AppStoreProvider>,
    );
    expect(screen.getByRole('complementary', { name: 'Analyst note — Citations' })).toHaveTextContent('Field-weighted; 2-year lag.');
  });
});

describe('Presentation mode', () => {
  test('keys move through the deck; Esc leaves', { timeout: 30_000 }, async () => {
    seedDeck([
      ['overview', null],
      ['table', 'ai'],
      ['method', null],
    ]);
    appStore.setState({ briefing: { marking: 'FOR OFFICIAL USE ONLY', theme: 'light' } });
    render(<PresentationHost />);
    act(() => startPresentation(0));
    // The overlay may arrive as its own chunk.
    const dialog = await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 10_000 });
    const number = () => within(dialog).getByTestId('slide-number').textContent;
    const title = () => within(dialog).getByTestId('slide-title').textContent;
    expect(number()).toBe('1 / 3');
    expect(title()).toBe('Overview');
    expect(within(dialog).getAllByText('FOR OFFICIAL USE ONLY')).toHaveLength(2);
    const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));
    press('ArrowRight');
    expect(number()).toBe('2 / 3');
    expect(title()).toBe('Comparison table: Artificial intelligence');
    press('PageDown');
    expect(number()).toBe('3 / 3');
    press(' ');
    expect(number()).toBe('3 / 3');
    press('Home');
    expect(number()).toBe('1 / 3');
    press('End');
    expect(title()).toBe('Method');
    press('PageUp');
    press('ArrowLeft');
    expect(number()).toBe('1 / 3');
    press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull();
    expect(presentationStore.getState().open).toBe(false);
  });
});
