import { Component, type ErrorInfo, type ReactNode } from 'react';
import { QueryErrorResult } from './ErrorResult';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing it (e.g. the route path) clears a caught error. */
  resetKey?: unknown;
  fallback?: (error: unknown, reset: () => void) => ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  render() {
    if (this.state.error == null) return this.props.children;
    return this.props.fallback
      ? this.props.fallback(this.state.error, this.reset)
      : <QueryErrorResult error={this.state.error} onRetry={this.reset} />;
  }
}
