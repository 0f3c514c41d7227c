#!/usr/bin/env python3
"""Independent oracle for the gain-from-work golden cases (tests/cases/gain/).

Reads the rate data (rules/dk/satser/*.toml) and every golden case, computes the
expected figures by the law's arithmetic (docs/gain.md and the § in each case's
comments) and compares them with the golden values. Python 3.11 standard library
only; it shares no code with the Rust engine (core/src/gain/), so a mistake in the
engine and the same mistake here would have to be made twice, by hand.

    python3 tools/gain-oracle/oracle.py            # all cases
    python3 tools/gain-oracle/oracle.py --show ID  # the oracle's figures for one case

One line per disagreement (case, field, golden, oracle); the last line is
`gain oracle: N cases agree, M disagree, K not covered`. Exit status 1 on any
disagreement, 0 otherwise. Arithmetic is exact (fractions); figures are rounded
to whole kroner, half away from zero, only when compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import tomllib
from decimal import Decimal
from fractions import Fraction as F
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SATSER = ROOT / "rules" / "dk" / "satser"
CASES = ROOT / "tests" / "cases" / "gain"

ZERO = F(0)
HUNDRED = F(100)
TWELVE = F(12)


def num(x) -> F:
    """A TOML number as an exact fraction (floats arrive as Decimal, see load)."""
    if isinstance(x, bool):
        raise TypeError(f"not a number: {x!r}")
    if isinstance(x, (int, Decimal)):
        return F(x)
    if isinstance(x, F):
        return x
    raise TypeError(f"not a number: {x!r}")


def load(path: Path) -> dict:
    with open(path, "rb") as f:
        return tomllib.load(f, parse_float=Decimal)


def kr(x: F) -> int:
    """Whole kroner, half away from zero."""
    a = math.floor(abs(x) + F(1, 2))
    return a if x >= 0 else -a


def fmt(x: F) -> str:
    return f"{float(x):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


# ---------------------------------------------------------------------------
# Rates
# ---------------------------------------------------------------------------


class CannotCompute(Exception):
    """A rate has no value on the date: the part that needs it cannot be computed."""

    def __init__(self, part: str, path: str):
        super().__init__(f"{part}: no value for {path}")
        self.part = part
        self.path = path


class NotCovered(Exception):
    """An input the oracle does not model: the case is listed as not covered, never passed."""


def known(where: str, d: dict, fields: set[str]):
    extra = sorted(set(d) - fields)
    if extra:
        raise NotCovered(f"{where}: {', '.join(extra)} not modelled by the oracle")


class Rates:
    """Every parameter of rules/dk/satser/*.toml, as of one date."""

    def __init__(self, table: dict[str, list[dict]], date: dt.date):
        self.table = table
        self.date = date
        self.part = "?"  # the part being computed, for CannotCompute

    @staticmethod
    def read() -> dict[str, list[dict]]:
        table: dict[str, list[dict]] = {}
        for p in sorted(SATSER.glob("*.toml")):
            d = load(p)
            for path, s in d.get("sats", {}).items():
                lasts = s.get("lasts", "year")
                table[path] = [dict(v, unit=s["unit"], lasts=lasts) for v in s["values"]]
            for k in d.get("kommune", []):
                for which in ("kommuneskat", "kirkeskat"):
                    lasts = d["range"][which].get("lasts", "year")
                    table[f"kommune.{k['name']}.{which}"] = [
                        {"from": v["from"], "to": v.get("to"), "v": v[which], "unit": "percent", "lasts": lasts}
                        for v in k["values"]
                    ]
        return table

    def has(self, path: str) -> bool:
        return self._find(path) is not None

    @staticmethod
    def _end(v):
        """docs/satser.md "How long a value lasts": a value without `to` ends on
        31 December of its own year unless the rate is fixed until changed."""
        if v.get("to") is not None:
            return date_of(v["to"])
        return None if v["lasts"] == "until-changed" else dt.date(date_of(v["from"]).year, 12, 31)

    def _published(self, path: str, date: dt.date):
        adopted = [v for v in self.table.get(path, []) if v.get("status") != "proposal"]
        now = [v for v in adopted if date_of(v["from"]) <= date and (self._end(v) is None or date <= self._end(v))]
        return max(now, key=lambda v: date_of(v["from"])) if now else None

    def _find(self, path: str):
        v = self._published(path, self.date)
        if v is not None:
            return v
        # Past the last published value (no `to` of its own): estimated by the
        # rate's method, each later year's published regulation or unchanged.
        adopted = [v for v in self.table.get(path, []) if v.get("status") != "proposal"]
        if not adopted:
            return None
        last = max(adopted, key=lambda v: date_of(v["from"]))
        end = self._end(last)
        if last.get("to") is not None or end is None or self.date <= end:
            return None
        reg = {"year-psl20": "regulering.psl20", "year-satsregulering": "regulering.satsregulering"}
        if last["lasts"] == "year-unchanged":
            return last
        if last["lasts"] not in reg:
            return None
        x = num(last["v"])
        for y in range(date_of(last["from"]).year + 1, self.date.year + 1):
            p = self._published(reg[last["lasts"]], dt.date(y, 1, 1))
            if p is not None:
                x = x * (1 + num(p["v"]) / HUNDRED)
        return dict(last, v=x)

    def __call__(self, path: str) -> F:
        """The value; a percentage as a fraction (12,01 % → 0.1201)."""
        v = self._find(path)
        if v is None:
            raise CannotCompute(self.part, path)
        x = num(v["v"])
        return x / HUNDRED if v["unit"] == "percent" else x

    def raw(self, path: str) -> F:
        """The value as written (percent not divided), with its unit."""
        v = self._find(path)
        if v is None:
            raise CannotCompute(self.part, path)
        return num(v["v"]), v["unit"]


def date_of(x) -> dt.date:
    return x if isinstance(x, dt.date) else dt.date.fromisoformat(str(x))


# ---------------------------------------------------------------------------
# 1. Income tax (PSL §§ 3-10, 19; AMBL § 1; LL §§ 9 J, 9 K; ATP-loven)
# ---------------------------------------------------------------------------

ATP_TIERS = ("fuld", "to_tredjedele", "en_tredjedel")


def atp_tier(r: Rates, hours_month: F | None) -> str | None:
    """ATP-loven's monthly hour tiers; no hours given = a full-time employee."""
    if hours_month is None:
        return "fuld"
    for t in ATP_TIERS:
        if hours_month >= r(f"skat.atp.timer.{t}"):
            return t
    return None


def person_tax(r: Rates, municipality: str, p: dict) -> dict:
    """One person's tax before the spouse's personfradrag transfer.

    p: wage (year), hours_month (or None), benefits (year, taxable), benefit_atp
    (year), single_parent, church.
    """
    r.part = "skat"  # the engine names the tax part "skat"
    wage = p["wage"]
    out: dict[str, F] = {}
    tier = atp_tier(r, p["hours_month"]) if wage > 0 else None
    atp = r(f"skat.atp.loenmodtager.{tier}") * TWELVE if tier else ZERO
    employer_atp = r(f"skat.atp.arbejdsgiver.{tier}") * TWELVE if tier else ZERO
    am = r("skat.am_bidrag.sats") * (wage - atp) if wage > 0 else ZERO  # AMBL § 1: none on benefits
    P = wage - atp - am + p["benefits"] - p["benefit_atp"]  # PSL § 3
    B = wage + employer_atp if wage > 0 else ZERO  # LL § 9 J, stk. 1
    besk = min(r("skat.beskaeftigelsesfradrag.sats") * B, r("skat.beskaeftigelsesfradrag.maks")) if B > 0 else ZERO
    ekstra = ZERO
    if p["single_parent"] and B > 0:  # LL § 9 J, stk. 3
        ekstra = min(
            r("skat.beskaeftigelsesfradrag.enlig_forsoerger.sats") * B,
            r("skat.beskaeftigelsesfradrag.enlig_forsoerger.maks"),
        )
    job = min(r("skat.jobfradrag.sats") * max(ZERO, B - r("skat.jobfradrag.graense")), r("skat.jobfradrag.maks")) if B > 0 else ZERO
    senior = ZERO
    if B > 0 and r.has("skat.beskaeftigelsesfradrag.senior.aar_foer"):
        # LL § 9 J, stk. 5-6 (from 2026): in each of the last N income years before the
        # year the folkepensionsalder (lov om social pension § 1 a) is reached.
        yes = senior_applies(r, p)
        if yes is None:
            out["senior_unknown"] = True
        elif yes:
            senior = min(r("skat.beskaeftigelsesfradrag.senior.sats") * B, r("skat.beskaeftigelsesfradrag.senior.maks"))
    K = max(ZERO, p.get("capital", ZERO))  # positive net capital income only
    S = P + K - besk - ekstra - senior - job  # PSL § 1: skattepligtig indkomst includes kapitalindkomst
    pf = r("skat.personfradrag")
    bund_pct = r("skat.bundskat.sats")
    kommune_pct = r(f"kommune.{municipality}.kommuneskat")
    kirke_pct = r(f"kommune.{municipality}.kirkeskat") if p["church"] else ZERO
    bund = bund_pct * max(ZERO, P + K - pf)  # PSL § 6: personlig indkomst + positiv nettokapitalindkomst
    # PSL §§ 6 a, 7, 7 a, 19: a bracket's rate is cut so that kommuneskat + bundskat +
    # the brackets below + this one do not exceed the bracket's skatteloft, where one applies.
    below = ZERO
    brackets = {}
    for b in ("mellemskat", "topskat", "toptopskat"):
        if not r.has(f"skat.{b}.sats"):
            brackets[b] = ZERO
            continue
        rate = r(f"skat.{b}.sats")
        if r.has(f"skat.skatteloft.{b}"):
            rate = max(ZERO, rate - max(ZERO, kommune_pct + bund_pct + below + rate - r(f"skat.skatteloft.{b}")))
        below += rate
        brackets[b] = rate * max(ZERO, P - r(f"skat.{b}.graense"))
    kommune = kommune_pct * max(ZERO, S - pf)
    kirke = kirke_pct * max(ZERO, S - pf)
    # PSL § 9: the tax value of the personfradrag a tax cannot use reduces the others.
    unused = bund_pct * max(ZERO, pf - (P + K)) + (kommune_pct + kirke_pct) * max(ZERO, pf - S)
    gross = bund + sum(brackets.values()) + kommune + kirke
    tax = max(ZERO, gross - unused)
    out.update(
        atp=atp,
        am_bidrag=am,
        personal_income=P,
        beskaeftigelsesfradrag=besk,
        ekstra_beskaeftigelsesfradrag=ekstra,
        senior_beskaeftigelsesfradrag=senior,
        jobfradrag=job,
        capital_income=K,
        taxable_income=S,
        bundskat=bund,
        mellemskat=brackets["mellemskat"],
        topskat=brackets["topskat"],
        toptopskat=brackets["toptopskat"],
        kommuneskat=kommune,
        kirkeskat=kirke,
        income_tax=tax,
        left_over=max(ZERO, unused - gross),  # for a married spouse (PSL § 10, stk. 2)
        gross=gross,
        unused=unused,
        kommune_pct=kommune_pct,
        bund_pct=bund_pct,
    )
    return out


def months_later(born: dt.date, months: int) -> dt.date:
    m = born.month - 1 + months
    return dt.date(born.year + m // 12, m % 12 + 1, 1)


def senior_applies(r: Rates, p: dict):
    """True/False, or None when the birth data leave it open.

    The folkepensionsalder is looked up on the date of birth (the table's
    validity dates are birth dates). Every birth month the input allows is
    tried: by the birth year (and month), or else by the age on the date.
    """
    T = r.date.year
    n = int(r("skat.beskaeftigelsesfradrag.senior.aar_foer"))
    y, m, age = p.get("birth_year"), p.get("birth_month"), p.get("age")
    if y is not None:
        births = [dt.date(y, m, 1)] if m else [dt.date(y, k, 1) for k in range(1, 13)]
    elif age is not None:
        # born after the date `age + 1` years back and on or before the date `age` years back
        lo = dt.date(T - age - 1, r.date.month, 1)
        births = [months_later(lo, k) for k in range(0, 13)]
        if m:
            births = [b for b in births if b.month == m]
    else:
        return None
    answers = set()
    for b in births:
        age_pension = Rates(r.table, b)("folkepension.alder")  # years, halves allowed
        reached = months_later(b, int(age_pension * 12))  # the birthday the age is reached on (month)
        answers.add(reached.year - n <= T < reached.year)
    return answers.pop() if len(answers) == 1 else None


def capital_bracket(r: Rates, ts: list[dict], people: list[dict], married: bool):
    """PSL § 7, stk. 1, 4-5, 7-12 and § 19, stk. 2 (2025: the old topskat, 2026:
    mellemskat): positive net capital income over the bundfradrag enters the
    bracket's base; that part is taxed at the bracket's rate cut so that
    kommuneskat + bundskat + the rate stay within the capital-income ceiling.
    Spouses: joint capital income over twice the bundfradrag, in the base of the
    spouse with the higher personal income; the tax split by capital income."""
    Ks = [t["capital_income"] for t in ts]
    if not any(k > 0 for k in Ks):
        return
    which = next((b for b in ("topskat", "mellemskat") if r.has(f"skat.{b}.kapital_bundfradrag") and r.has(f"skat.{b}.sats")), None)
    if which is None:
        return
    bf = r(f"skat.{which}.kapital_bundfradrag")
    limit = r(f"skat.{which}.graense")
    rate = r(f"skat.{which}.sats")
    t0 = ts[0]
    cut = max(ZERO, t0["kommune_pct"] + t0["bund_pct"] + rate - r("skat.skatteloft.kapitalindkomst"))
    rate_k = max(ZERO, rate - cut)

    def extra(P, X):
        return rate_k * (max(ZERO, P + X - limit) - max(ZERO, P - limit))

    if married and len(ts) == 2:
        total = Ks[0] + Ks[1]
        high = 1 if ts[1]["personal_income"] > ts[0]["personal_income"] else 0
        tax = extra(ts[high]["personal_income"], max(ZERO, total - 2 * bf))
        shares = [tax * k / total for k in Ks]
    else:
        shares = [extra(t["personal_income"], max(ZERO, k - bf)) for t, k in zip(ts, Ks)]
    for t, x in zip(ts, shares):
        t[which] += x
        t["gross"] += x
        t["income_tax"] = max(ZERO, t["gross"] - t["unused"])
        t["left_over"] = max(ZERO, t["unused"] - t["gross"])


def household_tax(r: Rates, municipality: str, people: list[dict], married: bool) -> list[dict]:
    ts = [person_tax(r, municipality, p) for p in people]
    capital_bracket(r, ts, people, married)
    for t in ts:
        for k in ("gross", "unused", "kommune_pct", "bund_pct"):
            t.pop(k)
    if married and len(ts) == 2:
        # PSL § 10, stk. 2: what one spouse cannot use reduces the other's taxes.
        a, b = ts
        a_tax, b_tax = a["income_tax"], b["income_tax"]
        a["income_tax"] = max(ZERO, a_tax - b["left_over"])
        b["income_tax"] = max(ZERO, b_tax - a["left_over"])
    for t, p in zip(ts, people):
        t["net_income"] = p["wage"] + p["benefits"] + t["capital_income"] - t["atp"] - p["benefit_atp"] - t["am_bidrag"] - t["income_tax"]
    return ts


def tax_case(r: Rates, i: dict) -> dict:
    known("input", i, {"date", "municipality", "annual_wage", "church", "hours_month", "benefits", "benefit_atp", "single_parent", "capital_income", "birth_year", "birth_month", "age"})
    p = dict(
        wage=num(i.get("annual_wage", 0)),
        hours_month=num(i["hours_month"]) if "hours_month" in i else None,
        benefits=num(i.get("benefits", 0)),
        benefit_atp=num(i.get("benefit_atp", 0)),
        single_parent=i.get("single_parent", False),
        church=i.get("church", False),
        capital=num(i.get("capital_income", 0)),
        birth_year=i.get("birth_year"),
        birth_month=i.get("birth_month"),
        age=i.get("age"),
    )
    t = household_tax(r, i["municipality"], [p], False)[0]
    t.pop("left_over")
    t.pop("senior_unknown", None)
    return t


# ---------------------------------------------------------------------------
# 2. Boligsikring (lov om individuel boligstøtte §§ 8, 8 a, 10, 12, 14, 22, 23)
# ---------------------------------------------------------------------------


def round_100(x: F) -> F:
    return F(math.floor(x / 100 + F(1, 2)) * 100)


def boligsikring(r: Rates, housing: dict, income: F, persons: int, children: int) -> F:
    r.part = "boligsikring"
    rent = num(housing["rent_monthly"]) * TWELVE
    area = num(housing["area"])
    # § 10, stk. 5: heating paid separately is added, heating in the rent deducted, per m².
    if housing.get("heating_separate", False):
        udgift = rent + r("boligsikring.varme_tillaeg") * area
    else:
        udgift = rent - r("boligsikring.varme_fradrag") * area
    # § 10, stk. 2: hot water paid in the rent is deducted per m² as well (VEJ 9336 tabel 2).
    if housing.get("hot_water_included", False):
        udgift = udgift - r("boligsikring.varmt_vand_fradrag") * area
    # § 10, stk. 2: so is electricity paid in the rent (bm.dk satser 2020: "Fradragsbeløb pr.
    # kvadratmeter for udgifter til varme, varmt vand, elforbrug").
    if housing.get("electricity_included", False):
        udgift = udgift - r("boligsikring.el_fradrag") * area
    # § 12: the area counted; above it the boligudgift is scaled down.
    counted = r("boligsikring.areal.foerste_person") + r("boligsikring.areal.pr_person") * (persons - 1)
    if area > counted:
        udgift = udgift * counted / area
    # § 14: the rent cap, raised with children and rounded to 100 kr.
    cap = r("boligsikring.huslejeloft")
    if children > 0:
        key = {1: "1_barn", 2: "2_boern", 3: "3_boern"}.get(children, "4_boern")
        cap = round_100(cap * (1 + r(f"boligsikring.huslejeloft_boern_tillaeg.{key}")))
    udgift = min(udgift, cap)
    # §§ 8, 8 a: household income + formuetillæg.
    wealth = num(housing.get("wealth", 0))
    g1, g2 = r("boligsikring.formue.graense1"), r("boligsikring.formue.graense2")
    formue = r("boligsikring.formue.sats1") * max(ZERO, min(wealth, g2) - g1) + r("boligsikring.formue.sats2") * max(ZERO, wealth - g2)
    inc = income + formue
    # § 22, stk. 1
    limit = r("boligsikring.indkomstgraense") + r("boligsikring.graense_pr_barn") * min(max(children - 1, 0), 3)
    amount = r("boligsikring.husleje_andel") * udgift - r("boligsikring.indkomst_andel") * max(ZERO, inc - limit)
    amount = min(amount, udgift - r("boligsikring.egenbetaling_min"))  # § 22, stk. 2
    maks = r("boligsikring.maks")
    if children >= 4:
        maks = maks * (1 + r("boligsikring.maks_4_boern_tillaeg"))  # § 23
    amount = min(amount, maks)
    if children == 0:
        amount = min(amount, r("boligsikring.maks_andel_uden_boern") * udgift)  # § 22, stk. 3
    amount = max(ZERO, amount)
    if amount < r("boligsikring.minimum_udbetaling"):
        return ZERO
    return amount


def boligsikring_case(r: Rates, i: dict) -> dict:
    known("input", i, {"date", "household_income_monthly", "rent_monthly", "area", "heating_separate", "hot_water_included", "electricity_included", "adults", "children", "wealth"})
    adults = int(i.get("adults", 1))
    children = int(i.get("children", 0))
    housing = {k: i[k] for k in ("rent_monthly", "area", "heating_separate", "hot_water_included", "electricity_included", "wealth") if k in i}
    a = boligsikring(r, housing, num(i["household_income_monthly"]) * TWELVE, adults + children, children)
    return {"annual": a, "monthly": a / TWELVE}


# ---------------------------------------------------------------------------
# 3. A household today vs. with the job (docs/gain.md §§ 2-4)
# ---------------------------------------------------------------------------

PER_YEAR = {"kr-year": F(1), "kr-quarter": F(4), "kr-month": TWELVE}


def hours_month(job: dict) -> F:
    """A week's hours × 52 / 12."""
    return num(job["hours_per_week"]) * 52 / TWELVE


def wage_month(job: dict) -> F:
    if job.get("hourly_wage") is not None:
        return num(job["hourly_wage"]) * hours_month(job)
    return num(job.get("monthly_wage", 0))


def net_earnings_month(r: Rates, wage: F, hours: F) -> F:
    """Monthly wage after the employee's ATP and AM-bidrag (what LAS § 30-31 deduct)."""
    if wage <= 0:
        return ZERO
    tier = atp_tier(r, hours)
    atp = r(f"skat.atp.loenmodtager.{tier}") if tier else ZERO
    return wage - atp - r("skat.am_bidrag.sats") * (wage - atp)


def kh_own_deduction(r: Rates, wage: F, hours: F) -> F:
    """LAS § 31, stk. 1: earnings after ATP and AM, less the hourly disregard for at most maks_timer."""
    return max(ZERO, net_earnings_month(r, wage, hours) - r("kontanthjaelp.indtaegt.fribeloeb_pr_time") * min(hours, r("kontanthjaelp.indtaegt.maks_timer")))


def tilpasning(r: Rates, b: dict, age: int) -> F:
    """LAS (lov nr. 1655/2024; Kalundborg: "i perioden fra den 1. juli 2025 til og med den 30. juni
    2027, hvis du: er under 30 år …"): the midlertidigt tilpasningstillæg. The law's amount is not
    confirmed, so only the amount the person gives from the decision counts, and only inside the
    period (the age rule's own from/to) and under the age limit."""
    given = b.get("tilpasningstillaeg")
    if given is None:
        return ZERO
    path = "kontanthjaelp.tilpasningstillaeg.aldersgraense"
    if not r.has(path) or age >= r(path):
        return ZERO
    return num(given)


def kh_amount(r: Rates, b: dict, age: int) -> F:
    """The decision's amount (plus a tilpasningstillæg given apart); without one the rate table
    (which has no 2025/2026 value)."""
    if b.get("monthly_amount") is not None:
        return num(b["monthly_amount"]) + tilpasning(r, b, age)
    # Without a base rate nothing can be computed (2025/2026 have none).
    base = r(f"kontanthjaelp.sats.{b['sats']}")
    raise NotCovered(f"kontanthjælp from the rate table ({base} kr.) plus supplements is not modelled by the oracle")


def other_benefit(r: Rates, b: dict, wage: F, hours: F, kids: int) -> tuple[str, F, F] | None:
    """(part, paid per month, own ATP per month) of a benefit that is not kontanthjælp."""
    kind = b.get("kind", "none")
    if kind == "dagpenge":
        r.part = "dagpenge"
        maks = r("dagpenge.maks")
        if b.get("beskaeftigelsestillaeg", False):
            # LAF § 48, stk. 8: "dagpenge til et medlem [kan] udgøre indtil 118,86 pct. af dagpengenes
            # højeste beløb"; the published monthly rate is that share to the nearest whole krone
            # (25.070 = 21.092 × 1,1886 in 2025), in units of the rounding row.
            unit = r("dagpenge.beskaeftigelsestillaeg.afrunding")
            maks = kr(r("dagpenge.beskaeftigelsestillaeg.andel") * maks / unit) * unit
        if b.get("monthly_rate") is not None:
            rate = num(b["monthly_rate"])
        elif b.get("previous_monthly_wage") is not None:
            # AFL § 47: 90 % of the previous wage after AM-bidrag, at most the maximum.
            rate = r("dagpenge.daekningsgrad") * num(b["previous_monthly_wage"]) * (1 - r("skat.am_bidrag.sats"))
        else:
            rate = maks
        rate = min(rate, maks)
        full = r("dagpenge.fuldtid_timer")
        idle = max(ZERO, full - hours)
        # Supplerende dagpenge: hour for hour, none when fewer idle hours than the limit.
        if hours > 0 and idle < r("dagpenge.supplerende.min_ledige_timer"):
            return ("dagpenge", ZERO, ZERO)
        paid = rate * idle / full
        # BEK om ATP-bidrag for medlemmer af a-kasser § 2, stk. 1: the member pays 1/3 per hour
        # paid; "Medlemmets bidragsandel for en måned nedrundes til nærmeste hele kronebeløb."
        atp = ZERO
        if paid > 0:
            unit = r("dagpenge.atp.afrunding")
            atp = math.floor(r("skat.atp.dagpenge.modtager_pr_time") * idle / unit) * unit
        return ("dagpenge", paid, atp)
    if kind == "sygedagpenge":
        r.part = "sygedagpenge"
        # SDL §§ 47, 50: the hourly wage after AM-bidrag, at most the hourly maximum, for the
        # normal hours not worked; at most the weekly maximum (per month × 52 / 12).
        per_hour = min(num(b["hourly_wage"]) * (1 - r("skat.am_bidrag.sats")), r("sygedagpenge.maks_pr_time"))
        normal = num(b["normal_hours_per_week"]) * 52 / TWELVE
        paid = min(per_hour * max(ZERO, normal - hours), r("sygedagpenge.maks_pr_uge") * 52 / TWELVE)
        return ("sygedagpenge", paid, ZERO)
    if kind == "fleksjob":
        if wage <= 0:
            # LAS § 74 a: ledighedsydelse, a share of the highest dagpenge; ATP as on kontanthjælp
            # (only the minimum-amount condition).
            r.part = "ledighedsydelse"
            paid = r("ledighedsydelse.andel") * r("dagpenge.maks")
            return ("ledighedsydelse", paid, overfoersel_atp(r, paid, kids, None))
        # LAB § 125: fleksløntilskud = the maximum less 30 % of the wage up to the bundgrænse and 55 % above.
        r.part = "fleksloentilskud"
        bund = r("fleksjob.bundgraense")
        paid = max(
            ZERO,
            r("fleksjob.tilskud.andel") * r("dagpenge.maks")
            - r("fleksjob.fradrag.under") * min(wage, bund)
            - r("fleksjob.fradrag.over") * max(ZERO, wage - bund),
        )
        return ("fleksloentilskud", paid, ZERO)
    return None


def overfoersel_atp(r: Rates, paid_month: F, kids: int, months_on_benefit) -> F:
    """The recipient's ATP on kontanthjælp/ledighedsydelse (BEK 1600/2019 § 2)."""
    minimum = r("skat.atp.overfoersel.mindste_ydelse_forsoerger" if kids > 0 else "skat.atp.overfoersel.mindste_ydelse_andre")
    if paid_month < minimum:
        return ZERO
    if months_on_benefit is not None and months_on_benefit < r("skat.atp.overfoersel.karens_maaneder"):
        return ZERO
    return r("skat.atp.overfoersel.modtager")


def side(r: Rates, s: dict, work_side: bool) -> dict[str, F]:
    adults = s["adults"]
    n = len(adults)
    ages = [int(c["age"]) for c in s.get("children", [])]
    kids = sum(1 for a in ages if a < 18)
    single_parent = n == 1 and kids > 0
    # Work per adult: the offer replaces the first adult's own work on the work side.
    jobs = []
    for i, a in enumerate(adults):
        j = s["job"] if (work_side and i == 0) else a.get("work")
        jobs.append((wage_month(j), hours_month(j)) if j else (ZERO, ZERO))
    # Benefits other than kontanthjælp first: a spouse's are deducted from kontanthjælp in full.
    paid: list[tuple[str, F, F] | None] = [None] * n
    for i, a in enumerate(adults):
        paid[i] = other_benefit(r, a.get("benefit", {}), jobs[i][0], jobs[i][1], kids)
    # Kontanthjælp (LAS §§ 30-31): own and the spouse's earnings, and the spouse's other benefits.
    # LAS § 30, stk. 1 deducts the income of the applicant and the *spouse*; the deduction of an
    # unmarried cohabitant's income was abolished from 1 January 2016 (lov nr. 1522 af 27.12.2014).
    # docs/gain.md treats cohabiting couples as spouses; no golden case has that household.
    kh = [a.get("benefit", {}).get("kind") == "kontanthjaelp" for a in adults]
    spouses = s.get("married", False)
    if any(kh):
        r.part = "kontanthjaelp"
        amount = [kh_amount(r, a["benefit"], int(a["age"])) if kh[i] else ZERO for i, a in enumerate(adults)]
        own = [kh_own_deduction(r, *jobs[i]) for i in range(n)]
        for i in range(n):
            if not kh[i]:
                continue
            ded = own[i]
            if n == 2 and spouses:
                j = 1 - i
                spouse = own[j] + (paid[j][1] if paid[j] else ZERO)
                if kh[j]:
                    # Both on kontanthjælp: only what exceeds the spouse's own amount.
                    spouse = max(ZERO, spouse - amount[j])
                ded += spouse
            monthly = max(ZERO, amount[i] - ded)
            atp = overfoersel_atp(r, monthly, kids, adults[i]["benefit"].get("months_on_benefit"))
            paid[i] = ("kontanthjaelp", monthly, atp)
    r.part = "skat"  # the engine names the tax part "skat"
    people = [
        dict(
            wage=jobs[i][0] * TWELVE,
            hours_month=jobs[i][1],
            benefits=paid[i][1] * TWELVE if paid[i] else ZERO,
            benefit_atp=paid[i][2] * TWELVE if paid[i] else ZERO,
            single_parent=single_parent,
            church=adults[i].get("church", False),
            capital=num(adults[i].get("capital_income", 0)),
            birth_year=adults[i].get("birth_year"),
            birth_month=adults[i].get("birth_month"),
            age=int(adults[i]["age"]),
        )
        for i in range(n)
    ]
    taxes = household_tax(r, s["municipality"], people, s.get("married", False))
    parts: dict[str, F] = {}

    def add(k: str, v: F):
        parts[k] = parts.get(k, ZERO) + v

    H = ZERO
    net = ZERO
    for p, t, b in zip(people, taxes, paid):
        H += t["personal_income"]
        net += t["net_income"]
        add("wage", p["wage"])
        add("atp", -t["atp"] - p["benefit_atp"])
        add("am_bidrag", -t["am_bidrag"])
        add("income_tax", -t["income_tax"])
        if t["capital_income"] > 0:
            add("capital_income", t["capital_income"])
        if b:
            add(b[0], b[1] * TWELVE)
    if s.get("housing"):
        # Everyone living there counts for the area; children under 18 for the child rules.
        add("boligsikring", boligsikring(r, s["housing"], H, n + len(ages), kids))
    if kids:
        # Børne- og ungeydelsesloven §§ 2, 5 a: per child by age band, shared equally by the
        # adults, each share reduced by the aftrapning on the recipient's own income.
        r.part = "boerneydelse"
        total = ZERO
        for a in ages:
            if a >= 18:
                continue
            band = "0_2" if a <= 2 else "3_6" if a <= 6 else "7_14" if a <= 14 else "15_17"
            v, unit = r.raw(f"boerneydelse.{band}")
            total += v * PER_YEAR[unit]
        share = total / n
        y = ZERO
        for t in taxes:
            cut = r("boerneydelse.aftrapning.sats") * max(ZERO, t["personal_income"] - r("boerneydelse.aftrapning.graense"))
            y += share - min(share, cut)
        add("boerneydelse", y)
    if single_parent:
        # Børnetilskudsloven §§ 2-3: ordinært per child, ekstra per family.
        r.part = "boernetilskud"
        add("boernetilskud", r("boernetilskud.ordinaert") * kids + r("boernetilskud.ekstra"))
    kh_paid = any(b and b[0] == "kontanthjaelp" and b[1] > 0 for b in paid)
    if kh_paid and kids:
        # LAS as amended by lov nr. 1655 af 30.12.2024 (from 1 July 2025; § not verified): fritidstillæg per child, at most maks_boern.
        r.part = "fritidstillaeg"
        per = r("kontanthjaelp.fritidstillaeg.enlig_pr_barn" if single_parent else "kontanthjaelp.fritidstillaeg.pr_barn")
        if per != 0:
            add("fritidstillaeg", per * min(F(kids), r("kontanthjaelp.fritidstillaeg.maks_boern")) * TWELVE)
    price = num(s.get("costs", {}).get("childcare_monthly", 0)) * TWELVE
    if price > 0:
        # Dagtilbudsloven § 43 and the friplads bekendtgørelse: own share by income steps.
        r.part = "friplads"
        extra = (r("friplads.enlig_tillaeg") if n == 1 else ZERO) + r("friplads.pr_barn_tillaeg") * max(0, kids - 1)
        lo = r("friplads.nedre_graense") + extra
        hi = r("friplads.oevre_graense") + extra
        if H <= lo:
            own_pct = ZERO
        elif H >= hi:
            own_pct = HUNDRED
        else:
            step = (hi - lo) / r("friplads.antal_trin")
            own_pct = r.raw("friplads.foerste_egenbetaling")[0] + r.raw("friplads.trin")[0] * math.floor((H - lo) / step)
        add("friplads", price * (HUNDRED - own_pct) / HUNDRED)
        add("childcare", -price)
    transport = num(s.get("costs", {}).get("transport_monthly", 0)) * TWELVE
    if work_side and num(s["job"]["hours_per_week"]) > 0 and transport > 0:
        add("transport", -transport)
    disposable = net + sum(parts.get(k, ZERO) for k in ("boligsikring", "boerneydelse", "boernetilskud", "fritidstillaeg", "friplads", "childcare", "transport"))
    return {"disposable": disposable, "parts": parts}


BENEFIT_FIELDS = {
    "none": {"kind"},
    "kontanthjaelp": {"kind", "sats", "monthly_amount", "months_on_benefit", "aktivitetsparat", "tilpasningstillaeg"},
    "dagpenge": {"kind", "monthly_rate", "previous_monthly_wage", "beskaeftigelsestillaeg"},
    "sygedagpenge": {"kind", "hourly_wage", "normal_hours_per_week"},
    "fleksjob": {"kind"},
}


def calc_case(r: Rates, s: dict) -> dict:
    known("input", s, {"date", "municipality", "married", "adults", "children", "housing", "job", "costs"})
    known("input.job", s["job"], {"hours_per_week", "hourly_wage", "monthly_wage"})
    known("input.costs", s.get("costs", {}), {"childcare_monthly", "transport_monthly"})
    known("input.housing", s.get("housing") or {}, {"rent_monthly", "area", "heating_separate", "hot_water_included", "electricity_included", "wealth"})
    for i, a in enumerate(s["adults"]):
        known(f"input.adults[{i}]", a, {"age", "church", "benefit", "work", "capital_income", "birth_year", "birth_month"})
        b = a.get("benefit", {"kind": "none"})
        if b.get("kind", "none") not in BENEFIT_FIELDS:
            raise NotCovered(f"input.adults[{i}].benefit.kind {b.get('kind')} not modelled by the oracle")
        known(f"input.adults[{i}].benefit", b, BENEFIT_FIELDS[b.get("kind", "none")])
        if a.get("work"):
            known(f"input.adults[{i}].work", a["work"], {"hours_per_week", "hourly_wage", "monthly_wage"})
    b = side(r, s, False)
    w = side(r, s, True)
    out = {
        "benefit_disposable": b["disposable"],
        "work_disposable": w["disposable"],
        "benefit_disposable_monthly": b["disposable"] / TWELVE,
        "work_disposable_monthly": w["disposable"] / TWELVE,
        "gain_monthly": (w["disposable"] - b["disposable"]) / TWELVE,
    }
    for name, sd in (("benefit", b), ("work", w)):
        for k, v in sd["parts"].items():
            out[f"{name}.{k}"] = v
    return out


# ---------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------

KINDS = {"tax": tax_case, "boligsikring": boligsikring_case, "calc": calc_case}


def flatten(t: dict, prefix: str = "") -> dict[str, int]:
    out = {}
    for k, v in t.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flatten(v, name + "."))
        else:
            out[name] = v
    return out


def run_case(table, c: dict):
    """(figures or None, cannot-compute parts or None). Raises NotCovered."""
    if c["kind"] not in KINDS:
        raise NotCovered(f"kind {c['kind']} not modelled by the oracle")
    i = c["input"]
    r = Rates(table, date_of(i["date"]))
    try:
        return KINDS[c["kind"]](r, i), None
    except CannotCompute as e:
        return None, e


def check(table, c: dict) -> list[str]:
    """Disagreement lines for one case (empty = agrees)."""
    figs, cc = run_case(table, c)
    cid = c["id"]
    want_cc = c.get("expect_cannot_compute", [])
    if cc is not None:
        if cc.part in want_cc:
            return []
        return [f"{cid}: cannot-compute: golden {want_cc or 'computes'}, oracle cannot compute {cc.part} ({cc.path})"]
    if want_cc:
        return [f"{cid}: cannot-compute: golden {want_cc}, oracle computes"]
    bad = []
    tol = int(c.get("tolerance", 0))
    absent = set(c.get("expect_absent", []))
    for name, want in flatten(c.get("expect", {})).items():
        if name not in figs:
            bad.append(f"{cid}: {name}: golden {want}, oracle absent (the part does not apply)")
            continue
        have = kr(figs[name])
        if abs(have - want) > tol:
            bad.append(f"{cid}: {name}: golden {want}, oracle {have} ({fmt(figs[name])})")
    for name in sorted(absent):
        if name in figs:
            bad.append(f"{cid}: {name}: golden absent, oracle {kr(figs[name])}")
    return bad


def all_cases(folder: Path) -> list[dict]:
    out = []
    for p in sorted(folder.glob("*.toml")):
        out.extend(load(p)["case"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", metavar="ID", help="print the oracle's figures for one case")
    ap.add_argument("--cases", metavar="DIR", type=Path, default=CASES, help="golden case folder (default tests/cases/gain)")
    args = ap.parse_args()
    table = Rates.read()
    cases = all_cases(args.cases)
    if not cases:
        print(f"no cases in {args.cases}", file=sys.stderr)
        return 2
    if args.show:
        c = next((c for c in cases if c["id"] == args.show), None)
        if c is None:
            print(f"no case {args.show}", file=sys.stderr)
            return 2
        try:
            figs, cc = run_case(table, c)
        except NotCovered as e:
            print(f"not covered: {e}")
            return 0
        if cc:
            print(f"cannot compute {cc.part}: {cc.path}")
        else:
            for k, v in sorted(figs.items()):
                print(f"{k} = {kr(v)}  ({fmt(v)})")
        return 0
    agree = disagree = 0
    not_covered = []
    for c in cases:
        try:
            bad = check(table, c)
        except NotCovered as e:
            not_covered.append((c, e))
            continue
        if bad:
            disagree += 1
            for line in bad:
                print(line)
        else:
            agree += 1
    for c, e in not_covered:
        print(f"{c['id']}: not covered ({e})")
    print(f"gain oracle: {agree} cases agree, {disagree} disagree, {len(not_covered)} not covered")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
