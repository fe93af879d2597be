import { describe, expect, test } from 'vitest';
import { clampIndex, commandForKey, indexAfter } from '../../../src/briefing/navigation';

describe('commandForKey', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
    ['Tab', null],
  ])('%j → %s', (key, command) => {
    expect(commandForKey(key)).toBe(command);
  });

  test('Shift+Space goes back', () => {
    expect(commandForKey(' ', true)).toBe('previous');
  });
});

describe('indexAfter', () => {
  test.each([
    ['next', 0, 3, 1],
    ['next', 2, 3, 2],
    ['previous', 0, 3, 0],
    ['previous', 2, 3, 1],
    ['first', 2, 3, 0],
    ['last', 0, 3, 2],
    ['next', 0, 0, 0],
    ['last', 0, 0, 0],
    ['previous', 9, 3, 2],
  ] as const)('%s from %i of %i → %i', (command, index, count, expected) => {
    expect(indexAfter(command, index, count)).toBe(expected);
  });
});

test('clampIndex keeps the index inside a deck that shrank', () => {
  expect(clampIndex(5, 3)).toBe(2);
  expect(clampIndex(-1, 3)).toBe(0);
  expect(clampIndex(1, 0)).toBe(0);
});
