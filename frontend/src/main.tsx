import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LocalizedConfigProvider } from './app/LocalizedConfigProvider';
import { loadRuntimeConfig } from './shared/config/runtimeConfig';
import { ErrorResult } from './shared/errors/ErrorResult';
import './shared/i18n/i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

loadRuntimeConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    console.error(error);
    root.render(
      <LocalizedConfigProvider>
        <ErrorResult variant="config" showHomeLink={false} onRetry={() => window.location.reload()} />
      </LocalizedConfigProvider>,
    );
  });
