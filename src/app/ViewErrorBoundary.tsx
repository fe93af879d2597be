/**
 * Catches a view that throws while rendering and shows what failed in its place, so one broken
 * chart never turns the whole app into a white page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n';
import type { Locale } from '../i18n/locale';

interface Props {
  /** Name of the view (for the message). */
  viewName: string;
  /** Language of the message. */
  locale: Locale;
  /** Changing this key clears the error (e.g. a new selection). */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs the view; the user sees the message below.
    console.warn(`View "${this.props.viewName}" failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { locale } = this.props;
    return (
      <section className="view-error" role="alert" aria-live="assertive">
        <h2>{translate(locale, 'view.error', { message: error.message })}</h2>
        <p>{translate(locale, 'view.errorHelp')}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {translate(locale, 'view.errorRetry')}
        </button>
      </section>
    );
  }
}
