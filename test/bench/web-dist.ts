/**
 * The benchmark drives the explorer's test build (its hook, web/src/bench.ts, is not in the
 * production build): imported first, before server/http.ts reads where the build is.
 */
process.env.NEWTOWNS_WEB_DIST ??= 'dist/web-test';
