/**
 * The server project's workers keep loaded modules from one test file to the
 * next (vitest.config.ts, `isolate: false`), so the one piece of module state
 * a test changes on purpose, the process's classifier (`tidtam train` installs
 * a model, a test installs a deliberately weak one), starts each file as the
 * default again.
 */
import { activeClassifier } from '../../src/commands/complaints/activeClassifier.ts';

activeClassifier.reset();
