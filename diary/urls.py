from django.urls import path, register_converter

from diary import views
from diary.converters import IsoDateConverter

register_converter(IsoDateConverter, "isodate")

urlpatterns = [
    path("", views.home, name="home"),
    path("profile/", views.profile, name="profile"),
    path("d/<uuid:patient>/", views.diary_home, name="diary_home"),
    path("d/<uuid:patient>/today/", views.log_today, name="log_today"),
    path("d/<uuid:patient>/days/<isodate:day>/", views.day_detail, name="day_detail"),
    path("d/<uuid:patient>/days/<isodate:day>/edit/", views.checkin, name="checkin"),
    path("d/<uuid:patient>/days/<isodate:day>/delete/", views.delete_day, name="delete_day"),
    path("d/<uuid:patient>/history/", views.history, name="history"),
]
