import type { MessageTable } from './types';

/** Strings of the controls on every view: Add to briefing and the analyst's note (kept apart from
 * the briefing view's table so the first visit does not carry the deck and presentation strings). */
export const annotationsMessages = {
  'briefing.add': { en: 'Add to briefing', ja: 'ブリーフィングに追加' },
  'briefing.added': { en: 'Added as slide {n} of the briefing.', ja: 'ブリーフィングのスライド{n}として追加しました。' },
  'briefing.addFailed': { en: 'Nothing to add: no dataset is active.', ja: '追加できません：有効なデータセットがありません。' },
  'slide.note': { en: 'Analyst note — {name}', ja: '分析者の注記：{name}' },
  'note.button': { en: 'Note', ja: '注記' },
  'note.buttonFilled': { en: 'Note ●', ja: '注記 ●' },
  'note.label': { en: 'Analyst note on {name}', ja: '{name}への分析者の注記' },
  'note.help': { en: 'Shown in the views and on briefing slides.', ja: 'ビューとブリーフィングのスライドに表示されます。' },
  'note.save': { en: 'Save note', ja: '注記を保存' },
  'note.cancel': { en: 'Cancel', ja: 'キャンセル' },
  'note.remove': { en: 'Remove note', ja: '注記を削除' },
} satisfies MessageTable;
