from allauth.account import views as account_views
from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path

from diary.security import sensitive
from diary.views import security
from diary.views.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("accounts/security/", security.account_security, name="account_security"),
    path("accounts/security/two-step/", security.offer_mfa, name="offer_mfa"),
    # allauth's own password change, behind a re-authentication (a second factor, if she has one).
    path(
        "accounts/password/change/",
        login_required(sensitive(account_views.password_change)),
        name="account_change_password",
    ),
    path("accounts/", include("allauth.urls")),
    path("", include("diary.urls")),
]

if settings.ADMIN_ENABLED:
    # The admin's own login form is replaced by the site's: the same rate limits, the same
    # second factor. diary.security.StaffNeedMFAMiddleware sends staff without one to set it up.
    admin.site.login = secure_admin_login(admin.site.login)
    urlpatterns.insert(0, path(settings.ADMIN_URL, admin.site.urls))
