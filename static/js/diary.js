// Small progressive enhancements; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // A second press of a save button while the first is on its way does nothing.
  document.querySelectorAll("form[data-once]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (form.dataset.submitted === "yes") {
        event.preventDefault();
        return;
      }
      form.dataset.submitted = "yes";
    });
  });

  // Offer the browser's time zone on a new profile.
  const zone = document.querySelector("select[data-guess-time-zone]");
  if (zone && window.Intl) {
    const guess = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (guess && zone.value === "UTC" && zone.querySelector(`option[value="${guess}"]`)) {
      zone.value = guess;
    }
  }
});

// The installable app: a service worker for static files and an offline page (never diary pages).
if ("serviceWorker" in navigator && window.isSecureContext && document.body.dataset.serviceWorker) {
  navigator.serviceWorker.register(document.body.dataset.serviceWorker).catch(() => {});
}
