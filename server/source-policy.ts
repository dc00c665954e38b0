/**
 * The source policy, in one place: which addresses are copies, mirrors or content sites rather
 * than the publication itself, and what every Source must say about itself. Pure data and pure
 * functions: the import validator (warnings for partner files, refusals for the seed), the seed
 * test and docs/data.md use it.
 */

/** Hosts (and their subdomains) that copy or aggregate publications instead of publishing them. */
import { englishMessage, type Params } from './import/messages.ts';

export const COPY_HOSTS: readonly string[] = [
  'wikipedia.org',
  'wikiless.org',
  'wikiwand.com',
  'wiki.li',
  'docplayer.nl',
  'docplayer.net',
  '5dok.net',
  'fdocuments.net',
  'opennieuwsbank.nl',
  'nieuwsbank.nl',
  'mytinyfeed.com',
  // Found in the seed audit of December 2026: Wikipedia mirrors, document mirrors and content farms.
  'wikizero.org',
  'wikimili.com',
  'wikikids.nl',
  'classicistranieri.com',
  'encycloreader.org',
  'dokumen123.com',
  'infokontak.com',
  'nina.az',
  'lunar.icu',
  'bradmurray.com',
  'hawaiilibrary.net',
  'informatio.nl',
  'earthpressnews.com',
  'blogspot.com',
  'fdocuments.nl',
  'vdocuments.pub',
  'adoc.pub',
  'studylibnl.com',
  'expydoc.com',
  'yumpu.com',
  'slideshare.net',
  'docslib.org',
];

export type SourcePolicyRule = 'source-without-publisher' | 'source-without-year' | 'source-on-copy-site';

export interface SourcePolicyIssue {
  rule: SourcePolicyRule;
  message: string;
  params: Params;
}

const issue = (rule: SourcePolicyRule, params: Params): SourcePolicyIssue => ({ rule, message: englishMessage(rule, params), params });

/** What an import does with a finding: one answer for every rule, or one per rule (warn where not named). */
export type SourcePolicy = 'warn' | 'refuse' | Readonly<Partial<Record<SourcePolicyRule, 'warn' | 'refuse'>>>;

export function policyFor(policy: SourcePolicy | undefined, rule: SourcePolicyRule): 'warn' | 'refuse' {
  if (policy === undefined || typeof policy === 'string') return policy ?? 'warn';
  return policy[rule] ?? 'warn';
}

/** The host of `url`, lower case, without `www.`; undefined when it is not an http(s) address. */
export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The listed copy host `url` is on, if any (subdomains included: `nl.wikipedia.org`). */
export function copyHostOf(url: string): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return COPY_HOSTS.find((h) => host === h || host.endsWith('.' + h));
}

/** What a Source's own properties fall short of under the policy. */
export function checkSource(properties: Readonly<Record<string, unknown>>): SourcePolicyIssue[] {
  const issues: SourcePolicyIssue[] = [];
  const id = String(properties.id ?? '?');
  if (typeof properties.publisher !== 'string' || properties.publisher.trim() === '') {
    issues.push(issue('source-without-publisher', { id }));
  }
  if (properties.year === undefined || properties.year === null) {
    issues.push(issue('source-without-year', { id }));
  }
  const url = typeof properties.url === 'string' ? properties.url : undefined;
  const copy = url ? copyHostOf(url) : undefined;
  if (copy) {
    issues.push(issue('source-on-copy-site', { id, copy }));
  }
  return issues;
}
