"""Across articles, on a small archive built with `mkdocs build` and the real pipeline: planted cases of one
person named in full and by surname in different articles, two people sharing a surname, identical and
near-identical articles, and one commitment reported in three articles and disputed in a fourth."""
import re
from pathlib import Path

import pytest

from tests.conftest import make_project, mkdocs_build

STORY = ("Ministers met union leaders on Tuesday to discuss the future of the rail network. The talks lasted five "
         "hours and ended without agreement on pay, pensions or the timetable for new trains. Union officials said "
         "they would ballot members next month, while the transport department said it remained open to further "
         "talks and hoped to settle the dispute before the summer.")

SEEDS = {
    "politics/01.txt": "Brown pledges schools cash\n\nChancellor Gordon Brown will spend £2bn on new schools in "
                       "England, the Treasury said on Monday.\n\nGordon Brown said the money would be spent over "
                       "three years.\n",
    "politics/02.txt": "Schools cash confirmed\n\nGordon Brown will spend £2bn on new schools, the chancellor told "
                       "MPs on Wednesday.\n",
    "politics/03.txt": "Chancellor repeats pledge\n\nBrown will spend £2bn on new schools, the chancellor said in a "
                       "speech in Leeds.\n\n\"Every child deserves a good school,\" Brown said.\n",
    "politics/04.txt": "Tories attack schools plan\n\nThe Conservative Party warned that the £2bn schools plan of "
                       "Gordon Brown would mean higher taxes.\n",
    "sport/01.txt": "Wes Brown fit for derby\n\nManchester United defender Wes Brown is fit for Sunday's derby, the "
                    "club said.\n",
    "sport/02.txt": "Craig Brown names squad\n\nScotland manager Craig Brown has named his squad for the friendly in "
                    "Oslo.\n",
    "sport/03.txt": "Brown happy with draw\n\nBrown said he was happy with the draw. \"We played well,\" Brown said.\n",
    "sport/04.txt": "Brown out of cup tie\n\nBrown will miss the cup tie with a knee injury. \"It is a blow,\" "
                    "Brown said.\n",
    "business/05.txt": "Rail talks end without deal\n\n" + STORY + "\n",
    "business/06.txt": "Rail talks end without deal\n\n" + STORY + "\n",
    "business/07.txt": "Rail pay talks stall\n\n" + STORY.replace("five hours", "six hours") + "\n",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("archive"), {})
    for name, text in SEEDS.items():
        path = project / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def briefings_listed(page: str) -> list[str]:
    return re.findall(r'href="\.\./\.\./briefings/([\w-]+)/"', page)


def test_a_surname_and_a_full_name_in_different_articles_are_one_actor_page(site):
    page = (site / "actors" / "gordon-brown" / "index.html").read_text(encoding="utf-8")
    listed = briefings_listed(page)
    assert {"politics-01", "politics-02", "politics-03"} <= set(listed)
    assert len(listed) == len(set(listed))  # each briefing once
    assert "Every child deserves a good school" in page  # the quote of the article that says only "Brown"


def test_two_people_with_one_surname_never_share_a_page(site):
    assert not (site / "actors" / "brown").exists()
    for slug in ("sport-03", "sport-04"):
        assert "gordon-brown" not in (site / "briefings" / slug / "index.html").read_text(encoding="utf-8")


def test_identical_and_near_identical_articles_are_one_briefing(site):
    kept = [s for s in ("business-05", "business-06", "business-07") if (site / "briefings" / s).exists()]
    assert kept == ["business-05"]
    page = (site / "briefings" / "business-05" / "index.html").read_text(encoding="utf-8")
    assert "Also published as" in page and "business/06.txt" in page and "business/07.txt" in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "2 more articles published as copies" in home
    assert len(re.findall("Rail talks end without deal|Rail pay talks stall", home)) == 1


def test_one_commitment_in_three_articles_is_tracked_once_and_disputed_in_a_fourth(site):
    tracked = [p for p in (site / "commitments").iterdir() if p.name.startswith("gordon-brown-2bn")]
    assert len(tracked) == 1
    page = (tracked[0] / "index.html").read_text(encoding="utf-8")
    assert "reported in 3 briefings" in page and "disputed in 1" in page
    assert "Conservative Party" in page and "no report is dated" in page
    commitments = (site / "commitments" / "index.html").read_text(encoding="utf-8")
    assert commitments.count(f'href="{tracked[0].name}/"') == 1
    assert "tracked: 3 reports" in (site / "briefings" / "politics-02" / "index.html").read_text(encoding="utf-8")
