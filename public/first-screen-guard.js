// Runs before the first paint. The page holds a prerendered default view, which stands for the address ''
// and for the link the app writes for it (the meta tag). Any other link opens another scenario, so the
// prerendered view is hidden until the app has drawn the right one (see main.ts).
var prerendered = document.querySelector('meta[name="prerendered-query"]');
if (location.search && !(prerendered && prerendered.content === location.search)) {
  document.documentElement.classList.add('not-prerendered');
}
