// Runs before the first paint (inlined into <head> at build time and allowed by its hash). The page holds a
// prerendered default view, which stands for the bare address and for the link the app writes for it (the
// meta tag). Any other link opens another scenario, so that view is hidden until the app has drawn the right
// one (see main.ts).
{
  const prerendered = document.querySelector('meta[name="prerendered-query"]');
  if (location.search && !(prerendered && prerendered.content === location.search)) {
    document.documentElement.classList.add('not-prerendered');
  }
}
