// The public portal's styles and fonts (server-rendered pages: /portal, /track/CODE's no-script
// content). No application code: a portal page reads without JavaScript and loads no staff console.
import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-700.css';
import '../styles/base.css';
import './portal.css';
