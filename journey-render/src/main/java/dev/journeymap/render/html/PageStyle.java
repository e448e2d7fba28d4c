package dev.journeymap.render.html;

/**
 * The page's fixed stylesheet: the same text for every map, so that its hash never changes.
 * Colours come from custom properties that the map's own rules ({@link MapStyle}) set from the
 * theme; everything a control does is a {@code :has()} rule on the page, so the page needs no
 * script.
 *
 * <p>What it does: a bar of controls; a scrolling view of the map (pan with the scroll bars, the
 * keyboard or a touch pad) zoomed by CSS {@code zoom} from the zoom radios, the details of a
 * card kept at reading size whatever the zoom; each card's details shown on hover or keyboard
 * focus, with a visible focus ring; and for print, the map alone, as wide as the paper.
 */
final class PageStyle {
  private PageStyle() {}

  /** The zoom levels offered, in percent; 100 is checked at first. */
  static final int[] ZOOMS = {25, 50, 75, 100, 150, 200};

  static final String CSS = """
      body{margin:0}
      .jm-page{display:flex;flex-direction:column;height:100vh;background:var(--jm-page-bg);\
      color:var(--jm-page-text);font:14px/1.4 var(--jm-font)}
      .jm-controls{display:flex;flex-wrap:wrap;gap:8px 24px;align-items:flex-start;\
      padding:8px 16px;border-bottom:1px solid var(--jm-rule);background:var(--jm-panel)}
      .jm-controls fieldset{display:flex;flex-wrap:wrap;gap:2px 12px;margin:0;padding:0;\
      border:0;min-width:0}
      .jm-controls legend{float:left;margin-right:8px;padding:0;font-weight:bold}
      .jm-controls label{white-space:nowrap;cursor:pointer}
      .jm-controls input{margin:0 4px 0 0;accent-color:var(--jm-accent)}
      .jm-controls input:focus-visible{outline:3px solid var(--jm-focus);outline-offset:2px}
      .jm-viewport{flex:1;min-height:0;overflow:auto;position:relative}
      .jm-viewport:focus-visible{outline:3px solid var(--jm-focus);outline-offset:-3px}
      .jm-canvas{position:relative;overflow:hidden}
      .jm-canvas>svg{display:block}
      .jm-lane-hits{position:absolute;left:0;top:0;width:0;height:0;pointer-events:none}
      .jm-hit{position:absolute;display:block;border-radius:6px;pointer-events:auto;\
      color:inherit;text-decoration:none}
      .jm-hit:hover{background:var(--jm-hover)}
      .jm-hit:focus{outline:none}
      .jm-hit:focus-visible{outline:3px solid var(--jm-focus);outline-offset:2px}
      .jm-hit:hover,.jm-hit:focus{z-index:2}
      .jm-tip{display:none;position:absolute;left:0;top:100%;margin-top:6px;box-sizing:border-box;\
      min-width:100%;width:max-content;max-width:24em;padding:8px 10px;border:1px solid \
      var(--jm-rule);border-radius:6px;background:var(--jm-tip-bg);color:var(--jm-page-text);\
      box-shadow:0 2px 8px rgba(0,0,0,.25);font:13px/1.4 var(--jm-font);white-space:normal;\
      overflow-wrap:anywhere}
      .jm-hit:hover .jm-tip,.jm-hit:focus .jm-tip{display:block}
      .jm-tip-text{margin:0;font-weight:bold}
      .jm-tip dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:6px 0 0}
      .jm-tip dt{color:var(--jm-muted)}
      .jm-tip dd{margin:0}
      .jm-page:has(.jm-zoom-25:checked) .jm-canvas{zoom:.25}
      .jm-page:has(.jm-zoom-25:checked) .jm-tip{zoom:4}
      .jm-page:has(.jm-zoom-50:checked) .jm-canvas{zoom:.5}
      .jm-page:has(.jm-zoom-50:checked) .jm-tip{zoom:2}
      .jm-page:has(.jm-zoom-75:checked) .jm-canvas{zoom:.75}
      .jm-page:has(.jm-zoom-75:checked) .jm-tip{zoom:1.3333}
      .jm-page:has(.jm-zoom-150:checked) .jm-canvas{zoom:1.5}
      .jm-page:has(.jm-zoom-150:checked) .jm-tip{zoom:.6667}
      .jm-page:has(.jm-zoom-200:checked) .jm-canvas{zoom:2}
      .jm-page:has(.jm-zoom-200:checked) .jm-tip{zoom:.5}
      .jm-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;\
      clip-path:inset(50%);white-space:nowrap}
      @media print{
      @page{size:landscape;margin:10mm}
      .jm-page{display:block;height:auto;print-color-adjust:exact;-webkit-print-color-adjust:exact}
      .jm-controls,.jm-lane-hits{display:none}
      .jm-viewport{overflow:visible}
      .jm-page .jm-canvas{zoom:1!important;width:auto!important;height:auto!important}
      .jm-canvas>svg{width:100%;height:auto}
      }
      """;
}
