// Runs before the first paint. The page holds a prerendered default view; a share link (any query) opens
// another scenario, so that view is hidden until the app has drawn the right one (see main.ts).
if (location.search) document.documentElement.classList.add('not-prerendered');
