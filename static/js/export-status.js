// A long export's page, while the file is being prepared: ask the page again every few seconds
// and put its new status in place (a polite live region announces it), until the file is ready
// or could not be prepared. Without script the page's "Check now" link does the same.
(() => {
  const region = document.querySelector("[data-export-job]");
  if (!region || !region.dataset.refresh) return;
  const every = Number(region.dataset.refresh) * 1000;
  const check = async () => {
    try {
      const response = await fetch(window.location.href, {
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.ok) {
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = page.querySelector("[data-export-job]");
        if (fresh && !fresh.dataset.refresh) {
          region.innerHTML = fresh.innerHTML;
          document.title = page.title;
          return;
        }
      }
    } catch {
      // Offline for a moment: try again at the next turn.
    }
    window.setTimeout(check, every);
  };
  window.setTimeout(check, every);
})();
