import pytest
from tests.e2e.test_checkin_speed import two_treatments  # noqa: F401


@pytest.mark.parametrize("screen", ["phone"])
def test_layout(page, two_treatments, login):  # noqa: F811
    p = two_treatments
    login(page, p.user)
    page.goto(f"/d/{p.public_id}/days/{p.today()}/edit/")
    out = page.evaluate("""() => {
      const r = [];
      const sel = ['h1','.scale','.checkin-yours','.scale-key','.checkin-more','.checkin-doses','.checkin-notes','#group-measures','.temperature-line','#div_id_notes','#id_notes','#id_notes_helptext','#div_id_include_notes_in_summary','.sticky-save','main','.site-footer', 'form.checkin-form'];
      for (const s of sel) { const e = document.querySelector(s); if (!e) continue; const b = e.getBoundingClientRect(); const cs = getComputedStyle(e); r.push(`${s}: top ${Math.round(b.top)} h ${Math.round(b.height)} mt ${cs.marginTop} mb ${cs.marginBottom} pos ${cs.position}`); }
      r.push('html ' + document.documentElement.scrollHeight + ' font ' + getComputedStyle(document.documentElement).fontSize);
      return r.join('\\n');
    }""")
    print("\n" + out)
