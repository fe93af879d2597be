import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import MethodView from '../../src/views/method';
import { appStore } from '../../src/store/store';
import { sampleDataset } from '../fixtures/views/sample-dataset';
import { seedAppState } from './support/app-state';

describe('Method view', () => {
  test('shows the worked example as computed by the engine', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MethodView />);
    expect(screen.getByTestId('example-a')).toHaveTextContent('a = 1/3 = 0.3333');
    expect(screen.getByTestId('example-t')).toHaveTextContent('= 9.18 years');
    expect(screen.getByTestId('example-d')).toHaveTextContent('the class is Eroding');
    expect(screen.getByTestId('example-d')).toHaveTextContent('= 0.102');
  });

  test('explains the method in Japanese', () => {
    seedAppState({ dataset: sampleDataset(), locale: 'ja' });
    render(<MethodView />);
    expect(screen.getByRole('heading', { name: '手法：すべての数値の計算方法' })).toBeInTheDocument();
    expect(screen.getByTestId('example-d')).toHaveTextContent('侵食される優位');
  });

  test('every parameter is a control; a change reaches the store and can be reset', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MethodView />);
    const horizon = screen.getByRole('spinbutton', { name: /Decision horizon H/ });
    fireEvent.change(horizon, { target: { value: '15' } });
    expect(appStore.getState().parameters.horizon).toBe(15);
    const weight = screen.getByRole('spinbutton', { name: 'Weight of Citations' });
    fireEvent.change(weight, { target: { value: '2.5' } });
    expect(appStore.getState().parameters.weights).toEqual({ citations: 2.5 });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to method defaults' }));
    expect(appStore.getState().parameters.horizon).toBe(10);
    expect(appStore.getState().parameters.weights).toEqual({});
  });

  test('out-of-range input does not reach the store', () => {
    seedAppState({ dataset: sampleDataset() });
    render(<MethodView />);
    const band = screen.getByRole('spinbutton', { name: /Parity band/ });
    fireEvent.change(band, { target: { value: '-1' } });
    expect(band).toHaveAttribute('aria-invalid', 'true');
    expect(appStore.getState().parameters.parityBand).toBe(0.05);
  });
});
