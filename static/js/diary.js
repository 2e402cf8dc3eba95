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

  // Sign-up sends the browser's time zone, so days start at her own midnight.
  const signup = document.querySelector('form[action$="/accounts/signup/"]');
  if (signup && window.Intl) {
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = "time_zone";
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    signup.append(field);
  }

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
