import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The one Markdown parser of the core, shared by the body reader and the body edits so they
// agree on what a heading or a task is. The extension reaches it only through the lazily
// required Markdown modules (HostPlatform.markdown), so activation never evaluates remark.
const markdown = unified().use(remarkParse).use(remarkGfm);

/** The mdast tree of a Markdown text, with GitHub's extensions (task items, tables). */
export function parseMarkdownTree(text: string): Root {
  return markdown.parse(text);
}
