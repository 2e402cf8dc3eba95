"""End-to-end tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

Every test in this folder is marked `browser` and runs on a transactional database with the
catalog restored (`django_db(transaction=True, serialized_rollback=True)`): the live server
answers from another thread, so it must see committed rows. `make test` runs them once, on
SQLite; `pytest -m "not browser"` leaves them out.

A test asks for `page` (a fresh browser context per test, one browser per session) and runs once
at each screen size in `SCREENS`; `@pytest.mark.parametrize("screen", ["phone"])` narrows that.
Helpers, as fixtures:

* `login(page, user)`   signs the user in without the form (test_signup and test_edit_a_past_day
                        go through the forms).
* `axe_check(page)`     runs axe-core on the page and fails with a readable list of violations;
                        every page checked is listed in test-artifacts/axe.txt.
* `shot(page, name)`    saves a full-page screenshot as test-artifacts/screenshots/NAME-SCREEN.png.
* `artifacts_dir`       test-artifacts/ itself, for measurements worth keeping.

To add a flow: a `test_<flow>.py` here whose tests take `page` (plus `patient`, `login` from
tests/conftest.py and this file), act through labels, roles and visible text, and call
`axe_check(page)` and `shot(page, ...)` on each new page.

A page that logs a console error, throws, or fails to load a file (CSS, script, image) fails its
test; a page itself answering 400 or 404 does not.
"""

import os

# Playwright's sync API runs an event loop in the test thread; Django would then refuse the
# test's own database calls (factories, refresh_from_db). Set before any request is handled.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.db import connections
from django.test import Client

from tests.auth import sign_in as sign_in_client

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
HERE = Path(__file__).parent

SCREENS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    # tryfirst, and registered after pytest-django: runs before its hook, which then sees
    # the django_db marker and orders these transactional tests last.
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """pytest-playwright's launch options, pointed at Debian's Chromium."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make chromium` as root to install it.")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def _catalog_snapshots(django_db_setup, django_db_blocker) -> dict:
    """The catalog snapshot tests/conftest.py hung on each connection, read before Playwright.

    The note reader is built here too, once, as gunicorn builds it before its workers start: the
    live server's first save then does not wait seconds for the NLP pipeline."""
    from diary.tagging import get_tagger

    with django_db_blocker.unblock():
        get_tagger()
    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


@pytest.fixture(scope="session")
def playwright(_catalog_snapshots, playwright):
    """pytest-playwright's Playwright, and the catalog snapshot on the connections it leaves us.

    Once Playwright's sync API runs, an event loop counts as running in this thread, so asgiref
    hands Django's code a different (context-local) set of database connections. Without the
    snapshot on those, `serialized_rollback` would restore nothing: every later transactional
    test, browser or not, would start without the catalog.
    """
    for alias, snapshot in _catalog_snapshots.items():
        connections[alias]._test_serialized_contents = snapshot
    return playwright


@pytest.fixture(params=list(SCREENS))
def screen(request) -> str:
    return request.param


@pytest.fixture
def context(new_context, live_server, screen):
    context = new_context(
        base_url=live_server.url,
        locale="en-GB",
        timezone_id="Europe/London",
        # Bootstrap then scrolls and changes colours at once, not smoothly: what a test reads
        # straight after a key press or click is where the page settles.
        reduced_motion="reduce",
        **SCREENS[screen],
    )
    # Pages answer in milliseconds; a missing element should fail fast, not after 30 s.
    context.set_default_timeout(5_000)
    return context


def _console_problem(message) -> str | None:
    # A page answering 400 (a form with errors) or 404 is the app working; the console's
    # "Failed to load resource" for it is not a problem. A missing file is (see below).
    if message.type == "error" and not message.text.startswith("Failed to load resource"):
        return f"console error: {message.text}"
    return None


def _response_problem(response) -> str | None:
    if response.status >= 400 and response.request.resource_type != "document":
        return f"HTTP {response.status} for a {response.request.resource_type}: {response.url}"
    return None


@pytest.fixture
def page(context):
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(_console_problem(message)))
    page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
    page.on("response", lambda response: problems.append(_response_problem(response)))
    yield page
    problems = [problem for problem in problems if problem]
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


@pytest.fixture(autouse=True)
def _fresh_cache(live_server):
    """The database cache (rate limits, email cooldowns) outlives a transactional test's flush."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def login(live_server):
    """Sign a user in by handing the browser a session cookie made by Django's test client."""

    def sign_in(page, user, *, reauthenticated: bool = True) -> None:
        client = Client()
        sign_in_client(client, user, reauthenticated=reauthenticated)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )

    return sign_in


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """test-artifacts/ (ignored by git): screenshots and measurements for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture(scope="session")
def axe_log():
    """Every page axe checked, written to test-artifacts/axe.txt at the end."""
    checked: list[str] = []
    yield checked
    if checked:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "axe.txt").write_text("\n".join(checked) + "\n")


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact') or 'no impact given'}): "
            f"{violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:5]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    at {' '.join(map(str, node['target']))}: {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    ... and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


@pytest.fixture
def axe_check(axe, axe_log, screen, live_server):
    """Fail on any axe-core violation, whatever its impact, with one readable line per rule."""

    def check(page) -> None:
        # Contrast is judged on what the page settles to, not halfway through a transition.
        page.wait_for_function("() => document.getAnimations().length === 0")
        violations = axe.run(page).response["violations"]
        where = f"{page.url.removeprefix(live_server.url)} ({screen}, {page.title()!r})"
        axe_log.append(f"{where}: {len(violations)} violations")
        assert not violations, f"axe-core found violations on {where}:\n" + describe_violations(
            violations
        )

    return check


@pytest.fixture
def shot(screen):
    """Save a full-page screenshot for people to look at (test-artifacts/ is ignored by git)."""

    def take(page, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}-{screen}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return take


DEMO_PASSWORD = "demo Passphrase for the browser tests 3"


@pytest.fixture
def demo_patient(live_server):
    """The demo patient (`make demo`'s): 30 days logged, anastrozole, appointments, questions."""
    from diary.demo import seed_demo

    user = seed_demo(email="demo@example.com", password=DEMO_PASSWORD, days=30).user
    return user.patient


@pytest.fixture
def open_page(new_context, live_server, screen):
    """Open a page in a new browser context: another person, or someone not signed in.

    Same screen, locale, time zone and checks (console errors, missing files) as `page`.
    """
    problems: list[str] = []

    def open_():
        context = new_context(
            base_url=live_server.url,
            locale="en-GB",
            timezone_id="Europe/London",
            reduced_motion="reduce",
            **SCREENS[screen],
        )
        context.set_default_timeout(5_000)
        page = context.new_page()
        page.on("console", lambda message: problems.append(_console_problem(message)))
        page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
        page.on("response", lambda response: problems.append(_response_problem(response)))
        return page

    yield open_
    problems = [problem for problem in problems if problem]
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


def nav_to(page, name: str) -> None:
    """Follow a navigation link (or press Log out) as a person would at this screen size.

    On a desktop the top bar (navigation "Main") has every link; on a phone the tab bar
    (navigation "Diary", or "Account" without a diary) has Home, Log today, History, Summary,
    and the rest under More.
    """
    top = page.get_by_role("navigation", name="Main")
    role = "button" if name == "Log out" else "link"
    target = top.get_by_role(role, name=name, exact=True)
    if target.is_visible():
        target.click()
        return
    tabs = page.locator("nav.tab-bar")
    target = tabs.get_by_role(role, name=name, exact=True)
    if not target.is_visible():
        tabs.get_by_text("More", exact=True).click()
    target.click()
