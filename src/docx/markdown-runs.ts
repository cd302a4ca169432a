/**
 * The narrative's Markdown (the data's own text: the situation, items of the assessment and plans) as Word
 * paragraphs and runs. It reads markdown-it's tokens, as the HTML does, with the same rules: raw HTML is text,
 * no images; bold and italic become run formatting, code and a link their text (a printed report shows no
 * address).
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable('image');

/** A run of text and how it is set. */
export interface TextPiece {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** A line break before the text (a hard break in the source). */
  break?: boolean;
}

/** Returns the runs of one line of inline Markdown. */
export function inlineRuns(text: string): TextPiece[] {
  return runsOf(markdown.parseInline(text, {})[0]?.children ?? []);
}

/** A paragraph of block Markdown: its runs, and its list depth (0 for an item, 1 for an item in an item). */
export interface BlockParagraph {
  runs: TextPiece[];
  /** Undefined for a paragraph that is no list item. */
  listDepth?: number;
}

/**
 * Returns the paragraphs of block Markdown, each as its runs: a list item with its depth (the caller marks it
 * "- " or "+ ", as the report's lists are), a code block line by line as text, and any other block (a heading,
 * a quote, a table's cells) as a plain paragraph, so that no text of the data is lost.
 */
export function blockParagraphs(text: string): BlockParagraph[] {
  const paragraphs: BlockParagraph[] = [];
  let lists = 0;
  let inItem = 0;
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists += 1;
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists -= 1;
    else if (token.type === 'list_item_open') inItem += 1;
    else if (token.type === 'list_item_close') inItem -= 1;
    else if (token.type === 'fence' || token.type === 'code_block') {
      for (const line of token.content.replace(/\n$/, '').split('\n'))
        paragraphs.push({ runs: [{ text: line }] });
    } else if (token.type === 'inline') {
      const runs = runsOf(token.children ?? []);
      paragraphs.push(inItem > 0 ? { runs, listDepth: Math.max(0, lists - 1) } : { runs });
    }
  }
  return paragraphs;
}

function runsOf(tokens: Token[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let bold = 0;
  let italics = 0;
  let pendingBreak = false;
  const push = (text: string) => {
    if (text === '') return;
    pieces.push({
      text,
      ...(bold > 0 ? { bold: true } : {}),
      ...(italics > 0 ? { italics: true } : {}),
      ...(pendingBreak ? { break: true } : {}),
    });
    pendingBreak = false;
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italics += 1;
        break;
      case 'em_close':
        italics -= 1;
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        pendingBreak = true;
        break;
      default:
        // text, code_inline, html_inline (shown as text: html is off), a link's text between its marks
        push(token.content);
    }
  }
  return pieces;
}
