/**
 * Imported first by the entry points that serve requests (the CLI, the bench). graphql-js reads
 * NODE_ENV once, when it loads; outside 'production' every type test also checks for a copy of
 * graphql from "another realm", which cost about a fifth of execution time on large answers.
 * An explicit NODE_ENV (e.g. development) still wins; the tests run without this module.
 */
process.env.NODE_ENV ??= 'production';
