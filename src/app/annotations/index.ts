/**
 * Analyst notes for the views: drop `<NoteControl target={{ kind: 'technology' | 'indicator', id }} name={…} />`
 * next to what the note is about (it edits in the working app and shows the text on slides),
 * or `<NoteText>` to show a note without editing it.
 */
export { NoteControl } from './NoteControl';
export { NoteText } from './NoteText';
