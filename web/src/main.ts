/**
 * The entry: small, so it runs as soon as the page is parsed. It asks the server for the overview
 * at once and loads the explorer (app.ts, with Cytoscape) beside it; both are on their way
 * together instead of one after the other (issue #6: first screen under 1 s).
 */
import './styles.css';
import { prefetchOverview } from './api.ts';
import { holdEarlySearch } from './early-search.ts';

prefetchOverview();
holdEarlySearch(document.getElementById('search-form'));
void import('./app.ts');
