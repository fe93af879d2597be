import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { AnalysisNotes } from '../../src/app/selection/AnalysisNotes';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

describe('AnalysisNotes', () => {
  test('nothing to say on a clean selection', () => {
    seedAppState({ dataset: sampleDataset() });
    const { container } = render(<AnalysisNotes />);
    expect(container).toBeEmptyDOMElement();
  });

  test('says why a rival is missing, in both languages', () => {
    seedAppState({ dataset: sampleDataset(), parameters: { rivals: ['CHN', 'XYZ'] } });
    const { unmount } = render(<AnalysisNotes />);
    expect(screen.getByRole('status')).toHaveTextContent('country "XYZ" is not in the dataset and was left out.');
    unmount();
    seedAppState({ dataset: sampleDataset(), parameters: { rivals: ['CHN', 'XYZ'] }, locale: 'ja' });
    render(<AnalysisNotes />);
    expect(screen.getByRole('status')).toHaveTextContent('国「XYZ」はデータセットにないため除外しました。');
  });

  test('parameters the engine refuses are an alert', () => {
    seedAppState({ dataset: sampleDataset(), parameters: { horizon: -1 } });
    render(<AnalysisNotes />);
    expect(screen.getByRole('alert')).toHaveTextContent(/horizon/);
  });
});
