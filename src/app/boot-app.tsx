import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { hasLang, loadLang } from '../i18n/catalogue';
import { resolveLang } from '../i18n/use-messages';
import { createQueryClient } from '../lib/react-query';
import { parseLink } from '../lib/url-codec';
import { viewActions } from '../lib/view-store';
import { startStoreScreen } from '../features/store-loading/api/store-screen';
import { App } from './app';
import { isEmbedPath } from '../lib/embed-path';
import { DraftPreviewBar } from './lazy-draft-preview-bar';
import { startDraftPreview } from './draft-preview-start';
import { startUrlSync } from './url-sync';
import { EmbedApp } from './lazy-embed-app';
import './base.css';

const embedded = isEmbedPath(window.location.pathname);
// In another site's frame, the address is kept up to date without adding to its history.
startUrlSync({ pushes: !embedded });
const { link, ignored } = parseLink(window.location.search);
// 'replace': a link with bad values is rewritten to its clean form at once.
viewActions.openLink(link, ignored, 'replace');

const queryClient = createQueryClient();
// The store starts loading now, while React renders the first frame, not after it.
startStoreScreen(queryClient);
// The editor's Preview, when this tab was opened for it (src/app/draft-preview.tsx).
startDraftPreview();

const previewBar = DraftPreviewBar && (
  <Suspense fallback={null}>
    <DraftPreviewBar />
  </Suspense>
);

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        {embedded ? (
          <>
            {previewBar}
            <Suspense fallback={null}>
              <EmbedApp />
            </Suspense>
          </>
        ) : (
          <App topBar={previewBar} />
        )}
      </QueryClientProvider>
    </StrictMode>,
  );

// A link in another language than English waits for its messages (fetched with the timeline),
// rather than flashing the English interface first; if they fail, English it is.
const lang = resolveLang(link.lang);
if (hasLang(lang)) render();
else loadLang(lang).then(render, render);
