from diary.views.days import checkin, day_detail, delete_day, log_today
from diary.views.history import history
from diary.views.home import diary_home, home
from diary.views.profile import profile

__all__ = [
    "checkin",
    "day_detail",
    "delete_day",
    "diary_home",
    "history",
    "home",
    "log_today",
    "profile",
]
