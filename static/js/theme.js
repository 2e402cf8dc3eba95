// Light or dark, as the system is set (Bootstrap's color modes read data-bs-theme).
// Loaded in <head> without defer, so the first paint is already in the right colors.
(() => {
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    document.documentElement.dataset.bsTheme = dark.matches ? "dark" : "light";
  };
  apply();
  dark.addEventListener("change", apply);
})();
