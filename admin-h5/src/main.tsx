// Global styles first, so component styles that follow in the bundle can refine them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/lists.css';
import { issueMessageZh } from '@linli/shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app';

// Forms check input with the contracts' schemas: their own issues read in Chinese, like the server's.
z.config({ customError: issueMessageZh });

const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
