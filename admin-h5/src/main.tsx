// Global styles first, so component styles that follow in the bundle can refine them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/lists.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
