import type { LaunchedBrowser } from '../pdf/launch-browser.js';
import { openSafePage } from '../pdf/open-safe-page.js';

/** Text with every Vietnamese letter form that trips up fonts without full Vietnamese coverage. */
export const VIETNAMESE_SAMPLE =
  'Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc: ' +
  'ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ đ Đ';

/** The font stack the report templates use for body text. */
export const REPORT_FONT_STACK = "'Times New Roman', 'Liberation Serif', serif";

/** Families accepted for official documents (Liberation Serif is metric-compatible with Times New Roman). */
export const ACCEPTED_FONT_FAMILIES = ['Times New Roman', 'Liberation Serif'] as const;

export type FontStyle = 'regular' | 'bold' | 'italic';

/** A system font Chromium used to draw part of the sample. */
export interface UsedFont {
  style: FontStyle;
  familyName: string;
  postScriptName: string;
  glyphCount: number;
  accepted: boolean;
}

export interface FontCheck {
  /** True when every glyph of every style came from an accepted family. */
  ok: boolean;
  fonts: UsedFont[];
}

const SAMPLES: { style: FontStyle; selector: string }[] = [
  { style: 'regular', selector: '#regular' },
  { style: 'bold', selector: '#bold > b' },
  { style: 'italic', selector: '#italic > i' },
];

/** Returns which fonts Chromium actually used for the Vietnamese sample, as reported by DevTools. */
export async function checkVietnameseFont(
  launched: LaunchedBrowser,
  fontStack = REPORT_FONT_STACK,
): Promise<FontCheck> {
  const html =
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>` +
    `<body style="font-family: ${fontStack}">` +
    `<p id="regular">${VIETNAMESE_SAMPLE}</p><p id="bold"><b>${VIETNAMESE_SAMPLE}</b></p>` +
    `<p id="italic"><i>${VIETNAMESE_SAMPLE}</i></p></body></html>`;
  return launched.run('fonts', async () => {
    const { page } = await openSafePage(launched.browser);
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // JavaScript is off in the page, so ask the DevTools protocol, which reports the platform fonts
      // (after fallback) that rendered the text directly inside a node.
      const cdp = await page.createCDPSession();
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const fonts: UsedFont[] = [];
      for (const { style, selector } of SAMPLES) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const result = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const font of result.fonts) {
          fonts.push({
            style,
            familyName: font.familyName,
            postScriptName: font.postScriptName,
            glyphCount: font.glyphCount,
            accepted: (ACCEPTED_FONT_FAMILIES as readonly string[]).includes(font.familyName),
          });
        }
      }
      await cdp.detach();
      const ok = fonts.length > 0 && fonts.every((font) => font.accepted);
      return { ok, fonts };
    } finally {
      await page.close().catch(() => undefined);
    }
  });
}
