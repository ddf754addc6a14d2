/**
 * When a screen fails to render, the user sees a sentence in their language instead of a blank
 * window, can copy the technical details for whoever helps them ("Salin detail"), and can reload:
 * a never-saved project is kept as a draft and offered back, a saved one is in its file. The error
 * goes to the log in the data folder (message and stack, no project content).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  onError(error: Error, componentStack: string): void;
}

export class ErrorBoundary extends Component<Props, { error: Error | null; detail: string }> {
  override state = { error: null as Error | null, detail: '' };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    const detail = `${error.name}: ${error.message}\n${error.stack ?? ''}\n${info.componentStack ?? ''}`.slice(0, 8000);
    this.setState({ detail });
    this.props.onError(error, info.componentStack ?? '');
  }

  override render() {
    return this.state.error ? <Crashed detail={this.state.detail} /> : this.props.children;
  }
}

function Crashed({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <main className="start crashed" role="alert" data-testid="crashed">
      <h1>{t('common.crash.title')}</h1>
      <p>{t('common.crash.body')}</p>
      <p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('common.crash.reload')}
        </button>{' '}
        <button type="button" onClick={() => void navigator.clipboard?.writeText(detail)}>
          {t('common.crash.copy')}
        </button>
      </p>
      <details>
        <summary>{t('common.errors.details')}</summary>
        <pre className="crash-detail">{detail}</pre>
      </details>
    </main>
  );
}
