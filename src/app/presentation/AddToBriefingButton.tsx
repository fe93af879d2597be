/**
 * "Add to briefing": freezes the current view with its dataset, selection and parameters as a
 * slide at the end of the deck, and says so (politely, for screen readers too).
 */
import { useState } from 'react';
import { addCurrentViewToDeck } from '../../store/actions/briefing';
import { appStore, useAppStore } from '../../store/store';
import { useT } from '../i18n-hooks';

export function AddToBriefingButton() {
  const t = useT();
  const hasDataset = useAppStore((state) => state.activeDatasetId !== null);
  const [message, setMessage] = useState('');
  return (
    <>
      <button
        type="button"
        disabled={!hasDataset}
        onClick={() => {
          const slide = addCurrentViewToDeck();
          // The store is updated synchronously: the new slide's position is known now.
          const position = slide ? appStore.getState().deck.findIndex((item) => item.id === slide.id) + 1 : 0;
          setMessage(slide ? t('briefing.added', { n: position }) : t('briefing.addFailed'));
        }}
      >
        {t('briefing.add')}
      </button>
      <span className="add-to-briefing-status" role="status">
        {message}
      </span>
    </>
  );
}
