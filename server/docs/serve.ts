/**
 * The guides in docs/ as web pages, so the explorer's "API" link and a researcher without the
 * repository can read them: /docs/api.md (and ontology.md, importing.md, data.md), rendered from
 * the checked-in Markdown with `marked` (a maintained renderer without dependencies) once per
 * change of the file. Only these four names are served; nothing else under docs/ or beyond it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Marked } from 'marked';
import { PROJECT_ROOT } from '../config.ts';

export const DOCS = ['api', 'ontology', 'importing', 'data'] as const;
const DOC_PATH = /^\/docs\/(api|ontology|importing|data)(?:\.md)?$/;

/** GitHub's anchors ("## 4. Search and lookups" -> #4-search-and-lookups), which the guides link to. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function renderer(): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${inner}</h${depth}>\n`;
      },
    },
  });
}

const cache = new Map<string, { mtimeMs: number; html: string }>();

/** The page for `/docs/<name>[.md]`, or null when the path names no guide. */
export function docPage(pathname: string): string | null {
  const name = DOC_PATH.exec(pathname)?.[1];
  if (!name) return null;
  const file = path.join(PROJECT_ROOT, 'docs', `${name}.md`);
  const { mtimeMs } = fs.statSync(file);
  const known = cache.get(name);
  if (known?.mtimeMs === mtimeMs) return known.html;
  const markdown = fs.readFileSync(file, 'utf8');
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? name;
  // Links between the guides stay links between these pages; links into the repository (the
  // schema, the code) are left as they are written.
  const body = renderer().parse(markdown, { async: false }).replace(/href="(api|ontology|importing|data)\.md(#[^"]*)?"/g, 'href="/docs/$1.md$2"');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[<&]/g, '')} — New Towns knowledge graph</title>
<style>
body { font: 16px/1.55 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: #014f76; }
nav { font-size: .9375rem; border-bottom: 1px solid #e6e6e6; padding-bottom: .5rem; }
pre { background: #f3f3f3; padding: .75rem; overflow: auto; border-radius: 4px; }
code { font-size: .9em; }
table { border-collapse: collapse; display: block; overflow: auto; }
th, td { border: 1px solid #e6e6e6; padding: 4px 8px; text-align: left; vertical-align: top; }
:focus-visible { outline: 3px solid #000; box-shadow: 0 0 0 5px #ffb612; }
</style>
</head>
<body>
<nav aria-label="New Towns"><a href="/">Explorer</a> · <a href="/graphql">GraphiQL</a> · ${DOCS.map((d) => `<a href="/docs/${d}.md"${d === name ? ' aria-current="page"' : ''}>${d}.md</a>`).join(' · ')}</nav>
<main>
${body}
</main>
</body>
</html>
`;
  cache.set(name, { mtimeMs, html });
  return html;
}
