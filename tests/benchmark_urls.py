"""The project's URLs plus the floor: "ok" through the full middleware stack."""

from django.http import HttpResponse
from django.urls import include, path


def floor(request):
    return HttpResponse("ok")


urlpatterns = [path("__floor__/", floor), path("", include("config.urls"))]
