/**
 * SVG to PNG with resvg (`@resvg/resvg-js`, the Rust renderer with a prebuilt binary per
 * platform), in process. Text uses Inter (SIL Open Font License 1.1), read from the
 * `@expo-google-fonts/inter` package's TTF files; system fonts are not loaded, so the picture is
 * the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The font files text is drawn with: Inter regular and semibold. */
export const CHART_FONT_FILES: readonly string[] = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
];

/** Options of {@link renderPng}. */
export interface RenderOptions {
  /** Pixels per SVG unit (default 2, sharp on high-density screens). */
  zoom?: number;
  /** A colour to paint under the picture (`#rrggbb`); default transparent. */
  background?: string;
}

/** A rendered picture. */
export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Renders an SVG document to PNG.
 *
 * @throws when the SVG cannot be parsed (resvg's message).
 */
export function renderPng(svg: string, options: RenderOptions = {}): RenderedPng {
  const image = new Resvg(svg, resvgOptions(options)).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * {@link renderPng} on libuv's thread pool, leaving the event loop free: what the bot uses.
 *
 * @throws (rejects) when the SVG cannot be parsed.
 */
export async function renderPngAsync(
  svg: string,
  options: RenderOptions = {},
): Promise<RenderedPng> {
  const image = await renderAsync(svg, resvgOptions(options));
  return { png: image.asPng(), width: image.width, height: image.height };
}

function resvgOptions(options: RenderOptions): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: options.zoom ?? 2 },
    ...(options.background ? { background: options.background } : {}),
    font: {
      fontFiles: [...CHART_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: 'Inter',
    },
  };
}
