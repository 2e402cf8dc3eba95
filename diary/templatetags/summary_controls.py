"""The summary's repeated markup written in one pass from plain data, the same markup as the
template loops they replace: the 3 lists of about 50 symptoms of her top concerns (a fifth of
the 30-day page's rendering), the rows of the red-flag tables and the lists of days (a 3-year
summary's notes list hundreds of days)."""

from django import forms, template
from django.utils import formats
from django.utils.safestring import SafeString, mark_safe

from diary.markup import crispy_kept, escape, escape_html
from diary.templatetags.kept_dates import short_months

register = template.Library()

# One pass of the loop it replaces, its whitespace included.
GROUP = (
    '\n              <optgroup label="{label}">\n                {options}'
    "\n              </optgroup>\n            "
)


# The last lists written without a choice: (their choices, as copied, and their markup).
_unchosen: tuple[list, str] | None = None


@register.simple_tag
def concern_groups(form: forms.Form, chosen: str) -> SafeString:
    """The optgroups of one list of concerns, `chosen` selected. The markup of the catalog's
    lists (its labels escaped) is written once per process and kept while the choices are the
    same; `chosen` is marked in it for each list."""
    global _unchosen
    choices = form.fields["concern"].choices
    if _unchosen is None or _unchosen[0] != choices:
        _unchosen = ([(label, list(options)) for label, options in choices], _groups(choices))
    written = _unchosen[1]
    if chosen:
        value = escape(chosen)
        written = written.replace(f'<option value="{value}">', f'<option value="{value}" selected>')
    return mark_safe(written)  # noqa: S308 - every value is escaped (_groups, above)


def _groups(choices) -> str:
    written = []
    for label, options in choices:
        items = "".join(
            f'<option value="{escape(value)}">{escape(name)}</option>' for value, name in options
        )
        written.append(GROUP.format(label=escape(label), options=items))
    return "".join(written)


@register.filter
def day_list(days) -> str:
    """ "3 Mar, 4 Mar, 9 Mar": what `{% for day in days %}{{ day|date:"j M" }}{% if not
    forloop.last %}, {% endif %}{% endfor %}` writes (a 3-year summary's notes list hundreds of
    days). Escaped by the template, as the loop's output was."""
    month = _months()
    return ", ".join(f"{day.day} {month(day)}" for day in days)


def _months():
    """`month(day)`: the month as the date filter's "M" writes it, looked up once a month (so
    f"{day.day} {month(day)}" is `day|date:"j M"`, without a formatter for every day): the
    language's names kept by the templates' date filter (diary.templatetags.kept_dates)."""
    kept = short_months()
    if kept is not None:
        return lambda day: kept[day.month]
    names: dict[int, str] = {}

    def month(day) -> str:
        name = names.get(day.month)
        if name is None:
            name = names[day.month] = formats.date_format(day, "M")
        return name

    return month


# One row of the red-flags table (the loop it replaces wrote the same, whitespace included).
FLAG_ROW = (
    "\n      <tr>"
    '\n        <td class="nowrap">{date}</td>'
    '\n        <th scope="row">{name}</th>'
    "\n        <td>{severity}</td>"
    "\n        <td>{kind}</td>"
    "\n        <td>{reasons}</td>"
    "\n        <td>{answer}</td>"
    "\n        {team}"
    "\n      </tr>\n    "
)
NONE = "\u2013"  # an en dash, as the template wrote for "nothing"


@register.simple_tag
def flag_rows(flags, team_column: bool) -> SafeString:
    """The rows of a table of red flags and alerts (summary.FlagRow), written in one pass."""
    written = []
    month = _months()
    for flag in flags:
        concern = flag.concern
        answer = flag.answer[:1].upper() + flag.answer[1:]
        team = f"<td>{escape(flag.team or NONE)}</td>" if team_column else ""
        written.append(
            FLAG_ROW.format(
                date=escape(f"{flag.date.day} {month(flag.date)}"),
                name=escape(concern.symptom.name),
                severity=escape(concern.severity_label) if concern.severity else NONE,
                kind="<strong>Red flag</strong>" if concern.red_flag else "Alert",
                reasons="; ".join(escape(reason) for reason in concern.reasons),
                answer=escape(answer or NONE),
                team=team,
            )
        )
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


# One row of a table of symptom statistics (the loop it replaces wrote the same, whitespace
# included).
STAT_ROW = (
    "\n      <tr>"
    '\n        <th scope="row">{name}{also_on}</th>'
    "\n        <td>{days}</td>"
    "\n        <td>{worst}</td>"
    '\n        <td>{latest} <span class="nowrap">({date})</span></td>'
    "\n        <td>{trend}</td>"
    "\n        <td>{new}</td>"
    "\n      </tr>\n    "
)
TREND_WORDS = {"up": "Worse \u2191", "down": "Better \u2193", "steady": "Steady"}


@register.simple_tag
def stat_rows(stats) -> SafeString:
    """The rows of a table of symptom statistics (summary.SymptomStat), written in one pass:
    what the loop of `diary/_summary_stats.html` wrote."""
    written = []
    month = _months()
    number = _numbers()
    for stat in stats:
        also_on = (
            ' <span class="also-on">Also on the source\'s list for '
            f"{', '.join(escape(site) for site in stat.also_on)}</span>"
            if stat.also_on
            else ""
        )
        latest = stat.latest_date
        written.append(
            STAT_ROW.format(
                name=escape(stat.symptom.name),
                also_on=also_on,
                days=escape(number(stat.days_reported)),
                worst=escape(stat.worst_label),
                latest=escape(stat.latest_label),
                date=escape(f"{latest.day} {month(latest)}"),
                trend=TREND_WORDS.get(stat.trend, NONE),
                new="New" if stat.is_new else NONE,
            )
        )
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


# One row of the trends table (the loop it replaces wrote the same, whitespace included).
TREND_ROW = (
    "\n          <tr>"
    '\n            <th scope="row">{label}</th>'
    "\n            <td>{before}</td>"
    "\n            <td>{recent}</td>"
    "\n            <td>{reading}</td>"
    "\n          </tr>\n        "
)


def _plain_number():
    """`number(value)`: an int or a float as `{{ value }}` writes it, str() where that is the
    same (a float without an exponent, when this language writes numbers plainly)."""
    if _numbers() is not str:
        return formats.localize

    def number(value) -> str:
        if type(value) is int:
            return str(value)
        if type(value) is float:
            written = repr(value)
            if "e" not in written and "n" not in written:
                return written
        return formats.localize(value)

    return number


@register.simple_tag
def trend_rows(rows) -> SafeString:
    """The rows of the trends table (summary.TrendRow), written in one pass: what the loop of
    `diary/_summary_body.html` wrote."""
    number = _plain_number()

    def measured(value, days: int, unit: str) -> str:
        if value is None:
            return NONE
        shown = escape_html(number(value)) + (f" {escape_html(unit)}" if unit else "")
        plural = "" if days == 1 else "s"
        return f'{shown} <span class="small">({escape(number(days))} day{plural})</span>'

    written = [
        TREND_ROW.format(
            label=escape_html(row.label),
            before=measured(row.before, row.before_days, row.unit),
            recent=measured(row.recent, row.recent_days, row.unit),
            reading=escape_html(row.reading or NONE),
        )
        for row in rows
    ]
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped


# The options form's fields as crispy-forms writes them, kept per process by everything their
# markup is made from (a few periods and choices of sections are asked for again and again;
# crispy-forms' templates were about a sixth of the 30-day page's time): diary.markup.
register.filter("crispy_kept", crispy_kept)


def _numbers():
    """`number(value)`: an int or a float as the template writes `{{ value }}` (localized),
    without asking the formats for every number when this language writes them plainly."""
    if formats.localize(1234.5) == "1234.5" and formats.localize(-1234) == "-1234":
        return str
    return formats.localize


@register.simple_tag
def wellbeing_marks(chart) -> SafeString:
    """The wellbeing chart's grid lines, date ticks, lines and points (about 50 marks for 30
    days, each number a template variable before): what the four loops of
    `diary/_wellbeing_chart.html` wrote, whitespace included (`|add` of a float truncated it
    to an int first, as int() does)."""
    number = _numbers()
    left, width, height = chart.left, chart.width, chart.height
    grid = "".join(
        f'\n      <line x1="{number(left)}" x2="{number(width - 8)}" y1="{number(y)}"'
        f' y2="{number(y)}" stroke="#ced4da" stroke-width="1"/>'
        f'\n      <text x="{number(left - 6)}" y="{number(int(y) + 4)}" font-size="11"'
        f' text-anchor="end" fill="#343a40">{number(value)}</text>\n    '
        for y, value in chart.grid
    )
    ticks = "".join(
        f'<text x="{number(tick.x)}" y="{number(height - 6)}" font-size="11"'
        f' text-anchor="middle" fill="#343a40">{escape(tick.label)}</text>'
        for tick in chart.ticks
    )
    lines = "".join(
        f'<polyline points="{escape(points)}" fill="none" stroke="#1d3557" stroke-width="2"/>'
        for points in chart.segments
    )
    points = "".join(
        f'<circle cx="{number(p.x)}" cy="{number(p.y)}" r="3" fill="#1d3557"/>'
        for p in chart.points
    )
    # Every value above is a number or escaped.
    return mark_safe(f"{grid}\n    {ticks}\n    {lines}\n    {points}")  # noqa: S308


def _s(count) -> str:
    """What `{{ count|pluralize }}` writes for an int."""
    return "" if count == 1 else "s"


@register.simple_tag
def wellbeing_figures(summary, where: str) -> SafeString:
    """The wellbeing's average, days, lowest and highest as the page's sentence ("page") or the
    chart's description ("chart") wrote them with five template variables each: numbers only."""
    number = _plain_number()
    days = len(summary.wellbeing)
    low, high = summary.wellbeing_range
    mean, count = number(summary.wellbeing_mean), number(days)
    if where == "chart":
        text = (
            f"Wellbeing on a 0 to 10 scale on {count} day{_s(days)}: average {mean}, "
            f"lowest {number(low)}, highest {number(high)}."
        )
    else:
        text = (
            f"Average {mean} over {count} day{_s(days)}; "
            f"lowest {number(low)}, highest {number(high)}."
        )
    return mark_safe(escape_html(text))  # noqa: S308 - escaped


@register.simple_tag
def change_items(changes, kind: str) -> SafeString:
    """One list of "since the last visit" (summary.Change): what the loop of
    `diary/_summary_since.html` wrote for it ("new", "changed": worse or better, "resolved")."""
    month = _months()
    written = []
    for c in changes:
        name = escape_html(c.symptom.name)
        if kind == "new":
            written.append(f"{name} ({escape_html(str(c.now_label).lower())})")
        elif kind == "resolved":
            day = c.last_date
            when = f"{day.day} {month(day)}" if day else ""
            before = escape_html(str(c.before_label).lower())
            written.append(f"{name} ({before} on {escape_html(when)})")
        else:
            before, now = (
                escape_html(str(c.before_label).lower()),
                escape_html(str(c.now_label).lower()),
            )
            written.append(f"{name} ({before} \u2192 {now})")
    return mark_safe("; ".join(written))  # noqa: S308 - every value is escaped


@register.simple_tag
def flag_counts(counts) -> SafeString:
    """The red flags and alerts since the last visit counted by symptom (its name, red flags,
    alerts): what the loop of `diary/_summary_since.html` wrote."""
    number = _plain_number()
    written = []
    for symptom, red, alerts in counts:
        text = f"<strong>{escape_html(symptom.name)}</strong>: "
        if red:
            text += f"{escape_html(number(red))} red flag{_s(red)}"
        if red and alerts:
            text += ", "
        if alerts:
            text += f"{escape_html(number(alerts))} alert{_s(alerts)}"
        written.append(text)
    return mark_safe(" \u00b7 ".join(written))  # noqa: S308 - every value is escaped


@register.simple_tag
def current_treatments(treatments) -> SafeString:
    """The summary header's current treatments: what the loop of `diary/_summary_body.html`
    wrote (the name, the dose, "since" the start as `|date:"j M Y"`)."""
    if not treatments:
        return mark_safe("none recorded")
    month = _months()
    written = []
    for t in treatments:
        dose = f" ({escape_html(t.dose)})" if t.dose else ""
        day = t.start_date
        since = escape_html(f"{day.day} {month(day)} {day.year:04d}") if day else ""
        written.append(f"{escape_html(t.name)}{dose} since {since}")
    return mark_safe("; ".join(written))  # noqa: S308 - every value is escaped


SLOT = (
    '\n        <div class="col-12 col-md-4">'
    '\n          <label class="form-label" for="concern-{n}">{label}</label>'
    '\n          <select class="form-select{invalid}" name="concern" id="concern-{n}"{described}>'
    '\n            <option value="">(none)</option>'
    "\n            {groups}"
    "\n          </select>"
    "\n        </div>\n      "
)
SLOT_LABELS = ("Most important", "Second")


@register.simple_tag
def concern_slots(form: forms.Form) -> SafeString:
    """The 3 places of her top concerns, each a list of the catalog's symptoms: what the loop
    of `diary/_summary_concerns_form.html` wrote (the lists from `concern_groups`)."""
    errors = form.concern_errors
    written = [
        SLOT.format(
            n=n,
            label=SLOT_LABELS[n - 1] if n <= len(SLOT_LABELS) else "Third",
            invalid=" is-invalid" if errors else "",
            described=' aria-describedby="concern-error"' if errors else "",
            groups=concern_groups(form, chosen),
        )
        for n, chosen in enumerate(form.slots(), start=1)
    ]
    return mark_safe("".join(written))  # noqa: S308 - fixed markup and concern_groups'


@register.simple_tag
def period_line(summary) -> SafeString:
    """The header's period, days logged, subtype and known sites: what the lines of
    `diary/_summary_body.html` wrote (dates as `|date:"j M Y"`, the sites' names lowered)."""
    month, number = _months(), _plain_number()
    start, end, days = summary.period.start, summary.period.end, summary.period.days
    subtype = f" · Subtype: {escape_html(summary.subtype)}" if summary.subtype else ""
    sites = ""
    if summary.known_sites:
        names = ", ".join(escape_html(str(site.name).lower()) for site in summary.known_sites)
        sites = f" · Sites known to be affected: {names}"
    return mark_safe(  # noqa: S308 - every value is escaped or a number
        f"<strong>{start.day} {escape_html(month(start))} {start.year:04d} to {end.day} "
        f"{escape_html(month(end))} {end.year:04d}</strong> ·\n"
        f"      {escape_html(number(summary.days_logged))} of {escape_html(number(days))} "
        f"day{_s(days)} logged\n      {subtype}\n      {sites}"
    )


# `diary/_summary_stats.html` and `diary/_summary_flags.html` as their includes wrote them
# (the newline after the comment and at the end included), the rows from the tags above.
STATS_TABLE = (
    '\n<div class="table-scroll" role="region" aria-label="{caption}" tabindex="0">'
    '\n<table class="summary-table summary-stats">'
    "\n  <caption>{caption}</caption>"
    "\n  <thead>"
    '\n    <tr><th scope="col">Symptom</th><th scope="col">Days</th><th scope="col">Worst</th>'
    '<th scope="col">Latest</th><th scope="col">Last 7 days against the 7 before</th>'
    '<th scope="col">New</th></tr>'
    "\n  </thead>"
    "\n  <tbody>"
    "\n    {rows}"
    "\n  </tbody>"
    "\n</table>"
    "\n</div>\n"
)
FLAGS_TABLE = (
    '\n<div class="table-scroll" role="region" aria-label="{caption}" tabindex="0">'
    '\n<table class="summary-table summary-flags">'
    '\n  <caption class="visually-hidden">{caption}</caption>'
    '\n  <thead><tr><th scope="col">Date</th><th scope="col">Symptom</th>'
    '<th scope="col">Severity</th><th scope="col">Kind</th><th scope="col">What triggered it'
    '</th><th scope="col">What the patient did</th>{team}</tr></thead>'
    "\n  <tbody>"
    "\n    {rows}"
    "\n  </tbody>"
    "\n</table>"
    "\n</div>\n"
)


@register.simple_tag
def stats_table(stats, caption) -> SafeString:
    """What `{% include "diary/_summary_stats.html" with stats=... caption=... %}` wrote."""
    return mark_safe(  # noqa: S308 - the caption escaped, the rows stat_rows'
        STATS_TABLE.format(caption=escape_html(caption), rows=stat_rows(stats))
    )


@register.simple_tag
def flags_table(flags, caption, team_column: bool) -> SafeString:
    """What `{% include "diary/_summary_flags.html" with flags=... caption=... %}` wrote."""
    team = '<th scope="col">Care team</th>' if team_column else ""
    return mark_safe(  # noqa: S308 - the caption escaped, the rows flag_rows'
        FLAGS_TABLE.format(
            caption=escape_html(caption), team=team, rows=flag_rows(flags, team_column)
        )
    )


@register.simple_tag
def section_inputs(values) -> SafeString:
    """The sections to remember as hidden inputs: what the loop of `diary/summary.html` wrote."""
    return mark_safe(  # noqa: S308 - every value is escaped
        "".join(f'<input type="hidden" name="section" value="{escape_html(v)}">' for v in values)
    )
