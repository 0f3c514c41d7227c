//! Rate lookup for one calculation date, recording which rates were used.

use crate::rules::{Confidence, RuleSet};
use super::node::Node;
use crate::satser::{lookup, lookup_in, Estimate};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use crate::paths::{Key, Path, COUNT};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Something the engine could not compute, and why (never a silent guess).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CannotCompute {
    /// What could not be computed, e.g. `kontanthjaelp` or `skat`.
    pub what: String,
    /// The rate that is missing.
    pub path: String,
    pub date: NaiveDate,
    /// `no-such-rate`, `no-value-on-date` (before the first value, or a gap),
    /// `not-published` (past the last published value of a rate that may not be
    /// estimated), or `invalid-input` (`path` is then the scenario field that
    /// failed its checks).
    pub reason: &'static str,
}

/// A part the result could not include although it may apply, and why: the
/// totals stand without it, and the result says so in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotIncluded {
    /// The part, e.g. `kontanthjaelp.tilpasningstillaeg` (its label is `gain-<what>`).
    pub what: String,
    /// The rule behind it (where its period, age limit or unconfirmed amount is).
    pub path: String,
    /// Which adult it concerns (0 = the first).
    pub adult: usize,
    /// `amount-not-confirmed` (the law's amount is not confirmed: the person can
    /// give it from their decision) or `does-not-apply` (given, but the rule does
    /// not apply on the date or at the person's age).
    pub reason: &'static str,
}

/// A rate used in a result, with its confidence on the date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateUse {
    pub path: String,
    pub value: Decimal,
    pub confidence: Confidence,
    /// Set when an adviser's override is in force (the citation note says so).
    pub overridden: bool,
    /// Set when the value is an estimate past the last published one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimate: Option<Estimate>,
}

/// The estimates among the rates used, for the `estimated` list of a result.
pub fn estimates(used: &[RateUse]) -> Vec<Estimate> {
    used.iter().filter_map(|u| u.estimate.clone()).collect()
}

/// A rate already looked up on the date: its value (None: no value on the
/// date) and whether it has been recorded as used.
#[derive(Clone, Copy)]
struct Cached {
    value: Option<Decimal>,
    /// What the unit is multiplied by for a year (kr-quarter 4, kr-month 12,
    /// kr-week 52; otherwise 1).
    factor: u8,
    /// The value per year and the value as a fraction (a percentage / 100),
    /// each computed the first time [`Ctx::per_year`] or [`Ctx::pct`] asks
    /// for it, and then kept: most rates need neither, and a `Decimal`
    /// division for each rate was a tenth of a household's rate lookups.
    per_year: Option<Decimal>,
    fraction: Option<Decimal>,
    recorded: bool,
}

impl Cached {
    fn new(value: Option<Decimal>, unit: Option<crate::cited::Unit>, recorded: bool) -> Cached {
        use crate::cited::Unit::*;
        let factor = match unit {
            Some(KrQuarter) => 4,
            Some(KrMonth) => 12,
            Some(KrWeek) => 52,
            _ => 1,
        };
        Cached { value, factor, per_year: None, fraction: None, recorded }
    }
}

/// The rates used, one record per path, listed in the order of their paths
/// (as a map by path name lists them). A built-in path's record is found by
/// its index (the built-in paths are numbered in name order): recording a
/// rate compares and allocates no string key (a map by name did, for each of
/// the some 60 rates of a household). Only names that are not built-in paths
/// (a municipality's rates) are kept by name.
struct Used {
    /// Where in `builtin` the record of a built-in path is, by the path's
    /// index ([`Used::NONE`]: not used yet). Two bytes a path, where a table
    /// of records was over 20 KB to clear and walk for every household.
    slot: Box<[u16]>,
    /// The built-in paths' records, as first used (taken out in path order
    /// by [`Used::into_vec`]).
    builtin: Vec<Option<RateUse>>,
    named: BTreeMap<String, RateUse>,
}

impl Used {
    const NONE: u16 = u16::MAX;

    fn new() -> Used {
        Used { slot: vec![Used::NONE; COUNT].into_boxed_slice(), builtin: Vec::with_capacity(64), named: BTreeMap::new() }
    }

    /// The record of `key`, made by `f` when there is none yet.
    fn get_or_insert_with(&mut self, key: Key<'_>, f: impl FnOnce() -> RateUse) -> &mut RateUse {
        // A name that is a built-in path shares that path's record.
        let index = match key {
            Key::Path(p) => Some(p.index()),
            Key::Named(n) => Path::find(n).map(Path::index),
        };
        let at = index.and_then(|i| Some((i, *self.slot.get(i)?)));
        match at {
            Some((_, at)) if at != Used::NONE => self.builtin[usize::from(at)].get_or_insert_with(f),
            Some((i, _)) if self.builtin.len() < usize::from(Used::NONE) => {
                self.slot[i] = self.builtin.len() as u16;
                self.builtin.push(None);
                self.builtin.last_mut().expect("just pushed").get_or_insert_with(f)
            }
            _ => self.named.entry(key.name().to_string()).or_insert_with(f),
        }
    }

    /// Both lists in path order (no path is in both).
    fn merged(len: usize, builtin: impl Iterator<Item = RateUse>, named: impl Iterator<Item = RateUse>) -> Vec<RateUse> {
        let (mut a, mut b) = (builtin.peekable(), named.peekable());
        let mut out = Vec::with_capacity(len);
        loop {
            let from_a = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => x.path <= y.path,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => return out,
            };
            out.extend(if from_a { a.next() } else { b.next() });
        }
    }

    /// Where each built-in record is in `builtin`, in path order (the paths'
    /// indexes are in name order).
    fn in_path_order(slot: &[u16]) -> impl Iterator<Item = usize> + '_ {
        slot.iter().filter(|&&at| at != Used::NONE).map(|&at| usize::from(at))
    }

    fn to_vec(&self) -> Vec<RateUse> {
        let len = self.builtin.len() + self.named.len();
        let builtin = Used::in_path_order(&self.slot).filter_map(|at| self.builtin[at].clone());
        Used::merged(len, builtin, self.named.values().cloned())
    }

    fn into_vec(self) -> Vec<RateUse> {
        let Used { slot, mut builtin, named } = self;
        let len = builtin.len() + named.len();
        Used::merged(len, Used::in_path_order(&slot).filter_map(|at| builtin[at].take()), named.into_values())
    }
}

/// A municipality's name with its kommuneskat and kirkeskat rate paths.
type KommunePaths = (String, Rc<str>, Rc<str>);

/// The rules on one date. Lookups fail with [`CannotCompute`] naming the rate.
pub struct Ctx<'a> {
    pub rules: &'a RuleSet,
    /// The calculation date. Rates are cached for it: for another date, make
    /// another context (never change this one's date).
    pub date: NaiveDate,
    /// Whether figures carry their explanation (formula, rules, parts).
    explain: bool,
    used: RefCell<Used>,
    missing: RefCell<Vec<NotIncluded>>,
    /// Every built-in rate looked up on the date, by its path's index, so a
    /// sweep reads each rate once and finds it again by an array index.
    cache: Box<[Cell<Option<Cached>>]>,
    /// Rates named at run time (a municipality's), by name.
    named: RefCell<HashMap<Box<str>, Cached>>,
    /// Whether the senior deduction applies, by (birth year, birth month, age):
    /// it does not change with the hours, so a sweep decides it once.
    pub(super) seniors: RefCell<Vec<(super::tax::SeniorKey, super::tax::Senior)>>,
    /// The last municipality's kommuneskat and kirkeskat paths.
    kommune: RefCell<Option<KommunePaths>>,
}

impl<'a> Ctx<'a> {
    /// Figures with their explanation tree.
    pub fn new(rules: &'a RuleSet, date: NaiveDate) -> Self {
        Ctx {
            rules,
            date,
            explain: true,
            used: RefCell::new(Used::new()),
            missing: RefCell::new(Vec::new()),
            cache: vec![Cell::new(None); COUNT].into_boxed_slice(),
            named: RefCell::new(HashMap::new()),
            seniors: RefCell::new(Vec::new()),
            kommune: RefCell::new(None),
        }
    }

    /// Figures only: the same computation, but nodes take no formula, rules
    /// or children (the earnings sweep, which shows numbers and not trees).
    /// Rates used and parts not included are recorded as with [`Ctx::new`].
    pub fn numbers_only(rules: &'a RuleSet, date: NaiveDate) -> Self {
        Ctx { explain: false, ..Ctx::new(rules, date) }
    }

    /// Whether figures carry their explanation.
    #[inline]
    pub fn explains(&self) -> bool {
        self.explain
    }

    /// A figure of the explanation tree (bare in numbers-only mode).
    #[inline(always)]
    pub fn node(&self, id: &'static str, amount: Decimal) -> Node {
        if self.explain {
            Node::new(id, amount)
        } else {
            Node::bare(id, amount)
        }
    }

    /// The kommuneskat and kirkeskat rate paths of a municipality (built once).
    pub fn kommune_paths(&self, municipality: &str) -> (Rc<str>, Rc<str>) {
        if let Some((m, kom, kirke)) = &*self.kommune.borrow() {
            if m == municipality {
                return (kom.clone(), kirke.clone());
            }
        }
        let kom: Rc<str> = crate::satser::kommune_path(municipality, "kommuneskat").into();
        let kirke: Rc<str> = crate::satser::kommune_path(municipality, "kirkeskat").into();
        *self.kommune.borrow_mut() = Some((municipality.to_string(), kom.clone(), kirke.clone()));
        (kom, kirke)
    }

    /// The value of `path` on the date, as written (percent as 12.01).
    #[inline]
    pub fn get<'k>(&self, what: &str, path: impl Into<Key<'k>>) -> Result<Decimal, CannotCompute> {
        self.found(what, path.into()).map(|c| c.value.unwrap_or_default())
    }

    /// What is cached for `key`, if anything.
    #[inline]
    fn cached(&self, key: Key<'_>) -> Option<Cached> {
        match key {
            Key::Path(p) => self.cache.get(p.index()).and_then(Cell::get),
            Key::Named(n) => self.named.borrow().get(n).copied(),
        }
    }

    fn remember(&self, key: Key<'_>, c: Cached) {
        match key {
            Key::Path(p) => {
                if let Some(slot) = self.cache.get(p.index()) {
                    slot.set(Some(c));
                }
            }
            Key::Named(n) => {
                self.named.borrow_mut().insert(n.into(), c);
            }
        }
    }

    /// A rate already looked up and recorded.
    #[inline]
    fn hit(&self, key: Key<'_>) -> Option<Cached> {
        self.cached(key).filter(|c| c.recorded && c.value.is_some())
    }

    /// Look the rate up, record it as used and keep it.
    #[cold]
    fn miss(&self, what: &str, key: Key<'_>) -> Result<Cached, CannotCompute> {
        let (value, unit) = self.get_uncached(what, key)?;
        let c = Cached::new(Some(value), unit, true);
        self.remember(key, c);
        Ok(c)
    }

    /// The rate, from the cache or looked up.
    #[inline]
    fn found(&self, what: &str, key: Key<'_>) -> Result<Cached, CannotCompute> {
        match self.hit(key) {
            Some(c) => Ok(c),
            None => self.miss(what, key),
        }
    }

    /// The rate's value on the date and its unit, recorded as used.
    fn get_uncached(&self, what: &str, key: Key<'_>) -> Result<(Decimal, Option<crate::cited::Unit>), CannotCompute> {
        let path = key.name();
        // The rate's entry, found once for its value, its unit and its override.
        let sats = self.rules.satser.get(path);
        let found = match sats {
            Some(s) => lookup_in(&self.rules.satser, path, s, self.date),
            None => lookup(&self.rules.satser, path, self.date),
        }
        .map_err(|e| CannotCompute {
            what: what.into(),
            path: path.into(),
            date: self.date,
            reason: e.reason(),
        })?;
        let unit = sats.and_then(|s| s.unit);
        let value = found.value;
        self.used.borrow_mut().get_or_insert_with(key, || RateUse {
            path: path.to_string(),
            value: found.value,
            confidence: found.confidence,
            overridden: sats.is_some_and(|s| s.citation.overridden()),
            estimate: found.estimate,
        });
        Ok((value, unit))
    }

    /// The value of `path` on another date than the calculation's: for a table
    /// whose validity dates are not calendar dates (`folkepension.alder` is
    /// keyed by date of birth). Recorded as used like [`Ctx::get`].
    pub fn get_on<'k>(&self, what: &str, path: impl Into<Key<'k>>, date: NaiveDate) -> Result<Decimal, CannotCompute> {
        let key = path.into();
        let path = key.name();
        let found = lookup(&self.rules.satser, path, date).map_err(|e| CannotCompute {
            what: what.into(),
            path: path.into(),
            date,
            reason: e.reason(),
        })?;
        let overridden = self.rules.satser.get(path).is_some_and(|s| s.citation.overridden());
        let mut used = self.used.borrow_mut();
        let u = used.get_or_insert_with(key, || RateUse {
            path: path.to_string(),
            value: found.value,
            confidence: found.confidence,
            overridden,
            estimate: found.estimate,
        });
        // Several birth dates may be tried: keep the least sure one.
        u.confidence = u.confidence.min(found.confidence);
        Ok(found.value)
    }

    /// A percentage as a fraction (12.01 → 0.1201).
    #[inline]
    pub fn pct<'k>(&self, what: &str, path: impl Into<Key<'k>>) -> Result<Decimal, CannotCompute> {
        let key = path.into();
        let c = self.found(what, key)?;
        if let Some(f) = c.fraction {
            return Ok(f);
        }
        // Divided once per rate and date, then kept (a sweep asks thousands of times).
        let f = c.value.unwrap_or_default() / Decimal::ONE_HUNDRED;
        self.update(key, |c| c.fraction = Some(f));
        Ok(f)
    }

    /// Change what is cached for `key` (a rate [`Ctx::found`] has cached).
    fn update(&self, key: Key<'_>, f: impl FnOnce(&mut Cached)) {
        match key {
            Key::Path(p) => {
                if let Some(slot) = self.cache.get(p.index()) {
                    if let Some(mut c) = slot.get() {
                        f(&mut c);
                        slot.set(Some(c));
                    }
                }
            }
            Key::Named(n) => {
                if let Some(c) = self.named.borrow_mut().get_mut(n) {
                    f(c);
                }
            }
        }
    }

    /// A kroner amount per year, whatever period the data states it for
    /// (kr-quarter × 4, kr-month × 12, kr-week × 52).
    pub fn per_year<'k>(&self, what: &str, path: impl Into<Key<'k>>) -> Result<Decimal, CannotCompute> {
        let key = path.into();
        let c = self.found(what, key)?;
        if let Some(y) = c.per_year {
            return Ok(y);
        }
        let y = c.value.unwrap_or_default() * Decimal::from(c.factor);
        self.update(key, |c| c.per_year = Some(y));
        Ok(y)
    }

    /// Whether a rate has a value on the date, published or estimated (for
    /// rules with alternatives).
    pub fn has<'k>(&self, path: impl Into<Key<'k>>) -> bool {
        let key = path.into();
        if let Some(c) = self.cached(key) {
            return c.value.is_some();
        }
        let value = lookup(&self.rules.satser, key.name(), self.date).ok().map(|f| f.value);
        self.remember(key, Cached::new(value, None, false));
        value.is_some()
    }

    /// Record a part that cannot be included (once, however often it is met).
    pub fn not_included(&self, what: &str, path: &str, adult: usize, reason: &'static str) {
        let n = NotIncluded { what: what.into(), path: path.into(), adult, reason };
        let mut missing = self.missing.borrow_mut();
        if !missing.contains(&n) {
            missing.push(n);
        }
    }

    /// Every part recorded as not included so far.
    pub fn missing(&self) -> Vec<NotIncluded> {
        self.missing.borrow().clone()
    }

    /// Every rate used so far.
    pub fn used(&self) -> Vec<RateUse> {
        self.used.borrow().to_vec()
    }

    /// Every rate used, when the context is done with (as [`Ctx::used`], without copies).
    pub fn into_used(self) -> Vec<RateUse> {
        self.used.into_inner().into_vec()
    }
}
