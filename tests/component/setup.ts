import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetAppState } from './support/app-state';

afterEach(() => {
  cleanup();
  resetAppState();
  localStorage.clear();
});
