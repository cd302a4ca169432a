/**
 * The narrative's Markdown (the data's own text: the situation, items of the assessment and plans) as Word
 * paragraphs and runs. It reads markdown-it's tokens, as the HTML does, with the same rules: raw HTML is text,
 * no images; bold, italic and code become run formatting, a link its text (a printed report shows no address).
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

/**
 * Returns the paragraphs of block Markdown, each as its runs. A list item is one paragraph (its "- " marks are
 * the template's business: the caller adds them); other blocks (headings, quotes) become plain paragraphs.
 */
export function blockParagraphs(text: string): TextPiece[][] {
  const paragraphs: TextPiece[][] = [];
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'inline') paragraphs.push(runsOf(token.children ?? []));
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
