"""Short articles written for the extraction tests, and helpers to read a briefing."""

ARTICLE = """Ministers set out defence plans

Foreign Secretary, Jane Holloway, will travel to Berlin to meet her German counterpart, officials said.
The talks follow calls from French President Anne Dubois for European nations to raise their defence budgets.
Holloway told reporters that Britain would "stand by its allies".
“We are ready to do more,” she added.
Economists at the Centre for Budget Research warned that higher defence spending would require tax rises.
The Foreign Secretary said the UK was in talks with the U.S. about a new agreement.
"""

COMPANY = """Carmaker cuts jobs

US carmaker Delmont Motors has cut 2,000 jobs at its plants in Ohio and Michigan.
Its chief executive, Laura Pike, said the cuts were needed to protect the firm.
Analysts at the World Bank said demand for cars was falling across the world.
Mr Ferris, a Detroit union official, told reporters that workers were angry.
"""


def by_name(b):
    return {a.name: a for a in b.actors}


def quote_texts(b, kind=None):
    return [q.text for q in b.quotes if kind in (None, q.kind)]
