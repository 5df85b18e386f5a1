/* The one place our scripts meet the theme's page views. Material's instant navigation swaps
   one page for the next without a load, and announces each page (the first too) on its
   document$ stream; without it (another theme, or its script not loaded) a page is set up once.
   Every script of ours sets up its page with window.onEachPageView(setUp). */
window.onEachPageView = function (setUp) { return window.document$ ? window.document$.subscribe(setUp) : setUp(); };
