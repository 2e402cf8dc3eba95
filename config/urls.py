from django.contrib import admin
from django.urls import include, path

from diary.views.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("", include("diary.urls")),
]
