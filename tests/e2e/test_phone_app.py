"""The installable app: manifest and icons, a service worker that keeps static files and an
offline page but never a diary page."""

import json

import pytest
from playwright.sync_api import expect


@pytest.mark.parametrize("screen", ["phone"])
def test_installable_with_an_offline_page_and_no_diary_page_cached(
    page, patient, login, axe_check, shot
):
    login(page, patient.user)
    page.goto(f"/d/{patient.public_id}/")
    manifest_url = page.locator("link[rel=manifest]").get_attribute("href")
    manifest = json.loads(page.request.get(manifest_url).text())
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert page.request.get(icon["src"]).ok, icon["src"]

    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.reload()  # now controlled by the worker
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")

    page.context.set_offline(True)
    page.goto(f"/d/{patient.public_id}/history/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    axe_check(page)
    shot(page, "offline")

    cached = page.evaluate(
        """async () => {
            const urls = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
            }
            return urls;
        }"""
    )
    assert "/offline/" in cached
    assert all(url == "/offline/" or url.startswith("/static/") for url in cached), cached
    page.context.set_offline(False)
