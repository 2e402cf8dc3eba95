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

  // The spinal-cord questions that follow back pain: shown once back pain is rated above
  // "None" (or when one of them is already answered), or on request (weak legs come without
  // back pain too). Without this script they always show.
  document.querySelectorAll(".follow-ups[data-follows]").forEach((box) => {
    const form = box.closest("form");
    const parent = form ? form.querySelectorAll(`input[name="${box.dataset.follows}"]`) : [];
    const show = document.createElement("button");
    show.type = "button";
    show.className = "btn btn-link btn-sm follow-ups-show";
    show.textContent = box.dataset.showLabel;
    box.before(show);
    let asked = false;
    const update = () => {
      const rated = Array.from(parent).some((input) => input.checked && input.value !== "0");
      const answered = box.querySelector("input:checked") !== null;
      const waiting = !rated && !answered && !asked;
      box.classList.toggle("is-waiting", waiting);
      show.hidden = !waiting;
    };
    show.addEventListener("click", () => {
      asked = true;
      update();
      const first = box.querySelector("input");
      if (first) first.focus();
    });
    parent.forEach((input) => input.addEventListener("change", update));
    update();
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
