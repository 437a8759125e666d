import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice';

interface ErrorBoundaryState {
  error: unknown;
  hasError: boolean;
}

/**
 * Keeps a crashing page from blanking the whole console: the shell and navigation stay usable. Keyed by path in
 * the app, so leaving the page clears it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('page crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return <ErrorNotice error={this.state.error} onRetry={() => this.setState({ error: null, hasError: false })} />;
  }
}
