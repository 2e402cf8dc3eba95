from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from diary.views import security

urlpatterns = [
    path("accounts/security/", security.account_security, name="account_security"),
    path("accounts/security/two-step/", security.offer_mfa, name="offer_mfa"),
    path("accounts/", include("allauth.urls")),
    path("", include("diary.urls")),
]

if settings.ADMIN_ENABLED:
    # The admin's own login form is replaced by the site's: the same rate limits, the same
    # second factor. diary.security.StaffNeedMFAMiddleware sends staff without one to set it up.
    admin.site.login = secure_admin_login(admin.site.login)
    urlpatterns.insert(0, path(settings.ADMIN_URL, admin.site.urls))
