from datetime import date


class IsoDateConverter:
    """A calendar date in a URL, YYYY-MM-DD. An impossible date (2026-02-30) is a 404."""

    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value: str) -> date:
        return date.fromisoformat(value)

    def to_url(self, value: date) -> str:
        return value.isoformat()
