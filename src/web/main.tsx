import { render } from 'preact';
import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/buttons.css';
import './styles/components.css';
import './styles/case.css';
import { App } from './App.tsx';

render(<App />, document.getElementById('app')!);
