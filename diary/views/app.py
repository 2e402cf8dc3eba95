"""The installable app: its manifest, its service worker and the page shown when offline.

None of these carries health data or depends on who is signed in: the service worker caches
static files and the offline page only, never a diary page.
"""

import hashlib
import json

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe

# What the service worker keeps for offline use: the files every page loads.
CACHED_STATIC = (
    "css/site.css",
    "js/theme.js",
    "js/diary.js",
    "icons/icon.svg",
    "icons/icon-192.png",
)


@require_safe
def manifest(request):
    data = {
        "name": "Symptom diary",
        "short_name": "Diary",
        "description": "A daily symptom and side-effect diary.",
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#1d3557",
        "icons": [
            {"src": static("icons/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            *(
                {
                    "src": static(f"icons/icon-{size}.png"),
                    "sizes": f"{size}x{size}",
                    "type": "image/png",
                    "purpose": "any maskable",
                }
                for size in (192, 512)
            ),
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


@require_safe
def service_worker(request):
    files = [static(name) for name in CACHED_STATIC]
    offline = reverse("offline")
    # A new cache whenever a file's (hashed, in production) name changes.
    version = hashlib.sha256(json.dumps([*files, offline]).encode()).hexdigest()[:12]
    response = render(
        request,
        "app/service_worker.js",
        {
            "files": json.dumps(files),
            "offline": json.dumps(offline),
            "static_prefix": json.dumps(static("")),
            "version": json.dumps(version),
            # Hashed names (production) never change content: cache first. Otherwise
            # (development) the network first, so an edited file shows at once.
            "hashed": json.dumps(static("css/site.css") != settings.STATIC_URL + "css/site.css"),
        },
        content_type="text/javascript",
    )
    # The browser checks for a new worker on each visit; let it see a new one at once.
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def offline(request):
    return render(request, "app/offline.html")
