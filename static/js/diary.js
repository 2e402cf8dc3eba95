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

// The installable app: a service worker for static files and an offline page (never diary pages).
if ("serviceWorker" in navigator && window.isSecureContext && document.body.dataset.serviceWorker) {
  navigator.serviceWorker.register(document.body.dataset.serviceWorker).catch(() => {});
}

// Nothing lost: a form marked data-draft="USER:DIARY:DAY" keeps what was typed on this device
// (localStorage) until it is saved, so a dropped connection, a closed tab or an expired session
// loses nothing. The page after a successful save carries data-draft-clear with the same key;
// logging out clears every draft of that person.
(() => {
  const PREFIX = "diary-draft:";
  const SKIP = new Set(["csrfmiddlewaretoken", "version"]);
  let storage;
  try {
    storage = window.localStorage;
    storage.getItem("x");
  } catch {
    return; // storage refused (private mode, settings): the forms work as before
  }

  const read = (form) => {
    const values = {};
    new FormData(form).forEach((value, name) => {
      if (SKIP.has(name) || typeof value !== "string") return;
      (values[name] ||= []).push(value);
    });
    return values;
  };

  const write = (form, values) => {
    const names = new Set(Object.keys(values));
    for (const field of form.elements) {
      if (!field.name || SKIP.has(field.name) || field.type === "submit") continue;
      const wanted = values[field.name] || [];
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = wanted.includes(field.value);
      } else if (names.has(field.name)) {
        field.value = wanted[0] ?? "";
      }
      field.dispatchEvent(new Event("change", { bubbles: true }));
    }
  };

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-draft-clear]").forEach((el) => {
      storage.removeItem(PREFIX + el.dataset.draftClear);
    });

    document.querySelectorAll("form[data-logout]").forEach((form) => {
      form.addEventListener("submit", () => {
        const mine = `${PREFIX}${document.body.dataset.user}:`;
        Object.keys(storage).filter((key) => key.startsWith(mine))
          .forEach((key) => storage.removeItem(key));
      });
    });

    document.querySelectorAll("form[data-draft]").forEach((form) => {
      const key = PREFIX + form.dataset.draft;
      const fromServer = read(form);
      const stored = storage.getItem(key);
      if (stored) {
        let draft = null;
        try {
          draft = JSON.parse(stored);
        } catch {
          storage.removeItem(key);
        }
        if (draft && !same(draft, fromServer)) {
          write(form, draft);
          const notice = document.createElement("div");
          notice.className = "alert alert-warning draft-notice";
          notice.setAttribute("role", "status");
          notice.textContent = "Restored from this device: not yet saved. Check it and press Save. ";
          const discard = document.createElement("button");
          discard.type = "button";
          discard.className = "btn btn-sm btn-primary";
          discard.textContent = "Discard these changes";
          discard.addEventListener("click", () => {
            storage.removeItem(key);
            write(form, fromServer);
            notice.remove();
          });
          notice.append(discard);
          form.before(notice);
        }
      }
      const keep = () => {
        const now = read(form);
        if (same(now, fromServer)) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(now));
      };
      form.addEventListener("input", keep);
      form.addEventListener("change", keep);
    });
  });
})();

// The check-in: "Same as yesterday" fills the last day's ratings in one tap (without the script
// the link reloads the page with them), and "Add another symptom" searches as she types.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("a[data-same]").forEach((link) => {
    link.setAttribute("role", "button");
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const form = link.closest("form");
      const values = JSON.parse(link.dataset.same);
      Object.entries(values).forEach(([name, value]) => {
        form.querySelectorAll(`[name="${CSS.escape(name)}"]`).forEach((field) => {
          if (field.type === "radio") field.checked = field.value === value;
          else field.value = value;
          field.dispatchEvent(new Event("change", { bubbles: true }));
        });
      });
      // Symptoms, how much they got in the way, and medicines; never the pain score, doses,
      // up and about or weight (the new day's own readings: the server leaves them out).
      const status = document.getElementById("same-status");
      if (status) status.textContent = link.dataset.sameText;
    });
  });

  // "Pain, activity and weight" opens once a pain item is rated above none (its 0-10 score and
  // as-needed doses are then asked); without the script it stays a closed section to open.
  document.querySelectorAll("details[data-open-on]").forEach((section) => {
    const names = new Set(section.dataset.openOn.split(" ").filter(Boolean));
    const form = section.closest("form");
    if (!form || names.size === 0) return;
    form.addEventListener("change", (event) => {
      const input = event.target;
      if (names.has(input.name) && input.checked && input.value !== "0") section.open = true;
    });
  });

  document.querySelectorAll("[data-symptom-search]").forEach((box) => {
    const input = box.querySelector("[data-search-input]");
    const status = box.querySelector('[role="status"]');
    const groups = [...box.querySelectorAll("details")];
    const wasOpen = new Map(groups.map((group) => [group, group.open]));
    input.addEventListener("input", () => {
      const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let found = 0;
      groups.forEach((group) => {
        let inGroup = 0;
        group.querySelectorAll(".symptom-item").forEach((item) => {
          const match = words.every((word) => item.dataset.terms.includes(word));
          item.hidden = words.length > 0 && !match;
          if (match) inGroup += 1;
        });
        found += inGroup;
        group.hidden = words.length > 0 && inGroup === 0;
        group.open = words.length > 0 ? inGroup > 0 : wasOpen.get(group);
      });
      status.textContent = words.length === 0 ? ""
        : found === 0 ? "No symptom found: try another word, or write it in the notes."
          : `${found} symptom${found === 1 ? "" : "s"} found.`;
    });
  });
});

// The tab bar's "More" menu closes with Escape or a tap elsewhere, like any menu.
document.addEventListener("DOMContentLoaded", () => {
  const more = document.querySelector(".tab-more");
  if (!more) return;
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && more.open) {
      more.open = false;
      more.querySelector("summary").focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (more.open && !more.contains(event.target)) more.open = false;
  });
});
