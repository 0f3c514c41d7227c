//! Every user-facing sentence, in Fluent (`locales/<lang>/*.ftl`).
//!
//! The UI and the CLI both word core results through this crate, so a deadline
//! reads the same in the window, the browser and the terminal.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use ret_og_frist_core::calendar::DayOff;
use ret_og_frist_core::dates::DateInputError;
use ret_og_frist_core::deadlines::{DeadlineError, Note, Step, Warning};
use ret_og_frist_core::rules::{Confidence, Unit};
use unic_langid::LanguageIdentifier;

mod ids;
pub use ids::{family, name_family, name_id, slug, Family};

/// The languages with a full translation. Danish is the source language;
/// letters to authorities are always Danish whatever the UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
    Uk,
    Ar,
}

/// The Fluent files of each UI language, `locales/<code>/<name>.ftl`, in load
/// order. (Danish has `breve.ftl` besides: the letters, always Danish.)
pub const FILES: [&str; 7] = ["main", "klage", "status", "gevinst", "input", "reader", "satser"];

/// The files of [`FILES`] of one language, embedded.
macro_rules! ftl_sources {
    ($code:literal) => {
        &[
            include_str!(concat!("../../locales/", $code, "/main.ftl")),
            include_str!(concat!("../../locales/", $code, "/klage.ftl")),
            include_str!(concat!("../../locales/", $code, "/status.ftl")),
            include_str!(concat!("../../locales/", $code, "/gevinst.ftl")),
            include_str!(concat!("../../locales/", $code, "/input.ftl")),
            include_str!(concat!("../../locales/", $code, "/reader.ftl")),
            include_str!(concat!("../../locales/", $code, "/satser.ftl")),
        ]
    };
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Da, Lang::En, Lang::Uk, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Written right to left (the page sets `dir="rtl"`).
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The Fluent sources of this language embedded in this build, in the
    /// order of [`FILES`]. Natively (CLI, desktop shell, letters, tests) every
    /// language. In the web build (wasm32) only Danish, the source language and
    /// the fallback: the page fetches another language's files
    /// (`locales/<code>/<file>.ftl`, copied into the build by `cargo xtask web`)
    /// when the person picks it and loads them with [`Texts::from_sources`];
    /// for those this is empty.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::Da => ftl_sources!("da"),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::En => ftl_sources!("en"),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Uk => ftl_sources!("uk"),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Ar => ftl_sources!("ar"),
            #[cfg(target_arch = "wasm32")]
            _ => &[],
        }
    }

    /// Whether this build carries the language's texts (see [`Lang::sources`]).
    pub fn embedded(self) -> bool {
        !self.sources().is_empty()
    }
}

/// A loaded language.
pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    /// The language's embedded texts (in the web build only Danish is
    /// embedded: another language there has no messages, see [`Lang::sources`]).
    pub fn new(lang: Lang) -> Self {
        Self::with_sources(lang, lang.sources())
    }

    /// The Danish letter texts: letters go to Danish authorities, so they are
    /// always Danish whatever the UI language (`locales/da/breve.ftl`, plus the
    /// Danish UI texts for dates and the procedure check).
    pub fn danish_letters() -> Self {
        let mut sources: Vec<&'static str> = Lang::Da.sources().to_vec();
        sources.push(include_str!("../../locales/da/breve.ftl"));
        Self::with_sources(Lang::Da, &sources)
    }

    /// A language from its Fluent sources fetched at run time (the web build,
    /// see [`Lang::sources`]), in the order of [`FILES`]. A source that does not
    /// parse, or a message id given twice, is an error naming the file.
    pub fn from_sources(lang: Lang, sources: Vec<String>) -> Result<Self, String> {
        let mut bundle = Self::bundle(lang);
        for (i, src) in sources.into_iter().enumerate() {
            let name = FILES.get(i).copied().unwrap_or("?");
            let res = FluentResource::try_new(src)
                .map_err(|(_, errs)| format!("locales/{}/{name}.ftl does not parse: {errs:?}", lang.code()))?;
            bundle
                .add_resource(res)
                .map_err(|errs| format!("locales/{}/{name}.ftl repeats a message id: {errs:?}", lang.code()))?;
        }
        Ok(Texts { lang, bundle })
    }

    fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
        let id: LanguageIdentifier = lang.code().parse().expect("language code is valid");
        let mut bundle = FluentBundle::new(vec![id]);
        // Plain text out for left-to-right languages; in Arabic, values put into
        // a sentence (numbers, Danish names, §) are isolated so they keep their
        // own direction.
        bundle.set_use_isolating(lang.rtl());
        bundle
    }

    fn with_sources(lang: Lang, sources: &[&'static str]) -> Self {
        let mut bundle = Self::bundle(lang);
        for src in sources {
            let res = FluentResource::try_new((*src).to_string())
                .unwrap_or_else(|(_, errs)| panic!("{} ftl does not parse: {errs:?}", lang.code()));
            bundle.add_resource(res).expect("no duplicate message ids");
        }
        Texts { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message exists (used by tests and by optional texts).
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.fmt(id, None)
    }

    /// A message with arguments.
    pub fn get_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
            if self.lang == Lang::Ar {
                if let FluentValue::Number(n) = v {
                    a.set(format!("{k}-plural"), FluentValue::from(arabic_plural_key(n.value)));
                }
            }
        }
        self.fmt(id, Some(&a))
    }

    fn fmt(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(msg) = self.bundle.get_message(id) else {
            return format!("[{id}]");
        };
        let Some(pattern) = msg.value() else {
            return format!("[{id}]");
        };
        let mut errors = vec![];
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// A formula of the gain explanation in this language: one with words from
    /// `gain-f-<id>` with its values as `$v1`, `$v2`, …; one without words (only
    /// numbers and signs) as it is.
    pub fn formula(&self, f: &ret_og_frist_core::gain::node::Formula) -> String {
        match f.id {
            Some(id) => self.formula_msg(id, &f.named_args(), &f.to_string()),
            None => f.to_string(),
        }
    }

    /// A formula by message id and named values (as in the JSON `formula_id` and
    /// `formula_args`); `fallback` (the Danish text) if the id has no message.
    pub fn formula_msg(&self, id: &str, args: &[(String, String)], fallback: &str) -> String {
        let key = format!("gain-f-{id}");
        if !self.has(&key) {
            return fallback.to_string();
        }
        let named: Vec<(&str, FluentValue<'_>)> = args.iter().map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str()))).collect();
        self.get_args(&key, &named)
    }

    /// The label of a figure in the gain-from-work explanation (`gain-<id>`).
    pub fn gain_label(&self, id: &str) -> String {
        self.get(&family::GAIN.id(&id.replace('.', "-")))
    }

    /// One part a gain result does not include, in words: what, whose, why, and
    /// where the person finds the amount. The period and age limit come from the
    /// rule data (the last dated value of the rule behind it).
    pub fn not_included(&self, rules: &ret_og_frist_core::RuleSet, n: &ret_og_frist_core::gain::ctx::NotIncluded) -> String {
        let limit = rules.satser.get(n.path.as_str()).and_then(|s| s.values.iter().filter(|v| v.to.is_some()).max_by_key(|v| v.from));
        let (from, to, age) = match limit {
            Some(v) => (self.date(v.from), v.to.map(|t| self.date(t)).unwrap_or_default(), v.v.normalize().to_string()),
            None => Default::default(),
        };
        self.get_args(
            "gain-not-included",
            &[
                ("what", self.gain_label(&n.what).into()),
                ("adult", (n.adult as i64 + 1).into()),
                ("reason", n.reason.to_string().into()),
                ("from", from.into()),
                ("to", to.into()),
                ("age", age.into()),
            ],
        )
    }

    /// "Cannot compute X because rate Y has no value on D" in words.
    pub fn cannot_compute(&self, what: &str, path: &str, date: NaiveDate, reason: &str) -> String {
        let what = self.gain_label(what);
        let what = if what.starts_with('[') { path.split('.').next().unwrap_or(path).to_string() } else { what.to_lowercase() };
        // Past the last published value of a rate the law gives no method to estimate.
        // A missing kontanthjælp rate has a way out the person can take at once:
        // the amount from their own decision (the form's `gain-kh-amount` field).
        let id = if path.starts_with("kontanthjaelp.sats.") && reason == "no-such-rate" {
            "gain-cannot-kh-amount"
        } else if reason == "not-published" {
            "gain-cannot-not-published"
        } else {
            "gain-cannot"
        };
        self.get_args(
            id,
            &[
                ("what", what.into()),
                ("path", path.to_string().into()),
                ("reason", reason.to_string().into()),
                ("date", self.date(date).into()),
                ("year", FluentValue::from(date.year())),
            ],
        )
    }

    /// The warning shown with any result that uses an estimated rate: which year
    /// is not published.
    pub fn estimated_warning(&self, year: i32) -> String {
        self.get_args("gain-estimated-warning", &[("year", FluentValue::from(year))])
    }

    /// One estimated rate in words: "Personfradrag: uændret fra 2026, satsen for
    /// 2027 er ikke offentliggjort" or "… 2026-værdien reguleret med 4,8 % …".
    /// `label` is the rate's name from the rule data in this language.
    pub fn estimated(&self, label: &str, e: &ret_og_frist_core::satser::Estimate) -> String {
        let pct = |p: &ret_og_frist_core::satser::Regulation| {
            let n = p.percent.normalize().to_string();
            let n = if matches!(self.lang, Lang::Da | Lang::Uk) { n.replace('.', ",") } else { n };
            format!("{}: {n} %", p.year)
        };
        let years = |ys: &[i32]| ys.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
        let method = match e.method {
            ret_og_frist_core::satser::EstimateMethod::Psl20 => "psl20",
            ret_og_frist_core::satser::EstimateMethod::Satsregulering => "satsregulering",
            ret_og_frist_core::satser::EstimateMethod::Unchanged => "unchanged",
        };
        let id = if e.regulated.is_empty() { "gain-estimated-unchanged" } else { "gain-estimated-regulated" };
        self.get_args(
            id,
            &[
                ("label", label.to_string().into()),
                ("value_year", FluentValue::from(e.value_year)),
                ("year", FluentValue::from(e.year)),
                ("method", method.into()),
                ("percents", e.regulated.iter().map(pct).collect::<Vec<_>>().join("; ").into()),
                ("missing", years(&e.not_published).into()),
                ("missing_count", FluentValue::from(e.not_published.len())),
            ],
        )
    }

    /// A sentence naming a cliff in the earnings sweep.
    /// `hours` as the engine writes it ("1", "12.5"); the number itself picks
    /// the plural ("1 time", "25 timer"; Arabic's one/two/few/other forms).
    pub fn cliff(&self, kind: &str, part: &str, hours: &str) -> String {
        let n = hours.parse::<f64>().map(FluentValue::from).unwrap_or_else(|_| FluentValue::from(hours.to_string()));
        let hours = if matches!(self.lang, Lang::Da | Lang::Uk) { hours.replace('.', ",") } else { hours.to_string() };
        self.get_args(&family::GAIN_CLIFF.id(kind), &[("part", self.gain_label(part).into()), ("hours", hours.into()), ("n", n)])
    }

    /// A date in words: "tirsdag 7. april 2026" / "Tuesday 7 April 2026".
    ///
    /// Without bidi isolation marks inside: a date is one run in the reader's
    /// script, and it is nearly always placed into another sentence, where
    /// Fluent isolates it again. An isolate that holds only nested isolates
    /// finds no strong letter to take its direction from, falls back to
    /// left-to-right, and an Arabic date then reads backwards
    /// ("2026 ديسمبر 2 الأربعاء").
    pub fn date(&self, d: NaiveDate) -> String {
        let weekday = self.get(&family::WEEKDAY.id(&d.weekday().number_from_monday().to_string()));
        let month = self.get(&family::MONTH.id(&d.month().to_string()));
        self.get_args(
            "date-long",
            &[
                ("weekday", weekday.into()),
                ("day", FluentValue::from(d.day())),
                ("month", month.into()),
                ("year", FluentValue::from(d.year())),
            ],
        )
        .replace(['\u{2068}', '\u{2069}'], "")
    }

    fn day_off(&self, reason: &DayOff) -> String {
        match reason {
            DayOff::Saturday => self.get("day-off-saturday"),
            DayOff::Sunday => self.get("day-off-sunday"),
            DayOff::Holiday(id) => self.day_name(id),
        }
    }

    fn unit(&self, unit: Unit, n: u32) -> String {
        let id = match unit {
            Unit::Weeks => "unit-weeks",
            Unit::Months => "unit-months",
            Unit::Days => "unit-days",
            Unit::WorkingDays => "unit-working-days",
            Unit::DeliveryDays => "unit-delivery-days",
            Unit::EndOfMonthAfterDays => "unit-days",
        };
        self.get_args(id, &[("n", FluentValue::from(n))])
    }

    /// One step of a deadline's explanation.
    pub fn step(&self, step: &Step) -> String {
        match step {
            Step::Sent { date, delivery } => self.get_args(
                "step-sent",
                &[("date", self.date(*date).into()), ("delivery", delivery.id().into())],
            ),
            Step::PresumedReceived { n, date, .. } => self.get_args(
                "step-presumed-received",
                &[("n", FluentValue::from(*n)), ("date", self.date(*date).into())],
            ),
            Step::Start { date, event } => self.get_args(
                "step-start",
                &[("date", self.date(*date).into()), ("event", (*event).into())],
            ),
            Step::Counted { n, unit, to, .. } => self.get_args(
                "step-counted",
                &[("length", self.unit(*unit, *n).into()), ("date", self.date(*to).into())],
            ),
            Step::Moved { from, to, reason } => self.get_args(
                "step-moved",
                &[
                    ("from", self.date(*from).into()),
                    ("reason", self.day_off(reason).into()),
                    ("to", self.date(*to).into()),
                ],
            ),
            Step::KeptOnUncertainDay { date, id } => self.get_args(
                "step-kept-uncertain",
                &[("date", self.date(*date).into()), ("day", self.day_name(id).into())],
            ),
            Step::NotCounted { from, to, n } => self.get_args(
                "step-not-counted",
                &[
                    ("n", FluentValue::from(*n)),
                    ("from", self.date(*from).into()),
                    ("to", self.date(*to).into()),
                ],
            ),
            Step::LimitPassed { date } => {
                self.get_args("step-limit-passed", &[("date", self.date(*date).into())])
            }
            Step::EndOfMonth { date } => {
                self.get_args("step-end-of-month", &[("date", self.date(*date).into())])
            }
            Step::AuthoritySet { date } => {
                self.get_args("step-authority-set", &[("date", self.date(*date).into())])
            }
        }
    }

    pub fn warning(&self, w: &Warning) -> String {
        match w {
            Warning::UncertainDay { date, id, later } => self.get_args(
                "warning-uncertain-day",
                &[
                    ("date", self.date(*date).into()),
                    ("day", self.day_name(id).into()),
                    ("later", self.date(*later).into()),
                ],
            ),
            Warning::AuthorityDateNotWorkingDay { date, reason } => self.get_args(
                "warning-authority-date",
                &[("date", self.date(*date).into()), ("reason", self.day_off(reason).into())],
            ),
            Warning::NotConfirmed { path, confidence } => self.get_args(
                "warning-not-confirmed",
                &[("path", path.clone().into()), ("confidence", self.confidence(*confidence).into())],
            ),
            Warning::HolidayRuleUnconfirmed => self.get("warning-holiday-rule-unconfirmed"),
        }
    }

    pub fn note(&self, n: &Note) -> String {
        let id = match n {
            Note::LateComplaintDispensation => "note-dispensation",
            Note::MustArriveBy => "note-must-arrive",
            Note::ExtensionPossible => "note-extension",
            Note::NotHardDeadline => "note-not-hard",
            Note::EarlierSickPeriods => "note-earlier-sick",
            Note::ExhaustRemediesFirst => "note-exhaust-remedies",
        };
        self.get(id)
    }

    pub fn confidence(&self, c: Confidence) -> String {
        let id = match c {
            Confidence::High => "confidence-high",
            Confidence::Medium => "confidence-medium",
            Confidence::Low => "confidence-low",
            Confidence::Unconfirmed => "confidence-unconfirmed",
        };
        self.get(id)
    }

    /// "12 days left" / "today" / "ran out 3 days ago".
    pub fn days_left(&self, days: i64) -> String {
        match days {
            0 => self.get("deadline-today"),
            d if d > 0 => self.get_args("deadline-days-left", &[("n", FluentValue::from(d))]),
            d => self.get_args("deadline-passed", &[("n", FluentValue::from(-d))]),
        }
    }

    pub fn date_error(&self, e: &DateInputError) -> String {
        self.get(&family::DATE_ERROR.id(e.code()))
    }

    pub fn deadline_error(&self, e: &DeadlineError) -> String {
        match e {
            DeadlineError::NoRuleInForce { path, date } => self.get_args(
                "error-no-rule",
                &[("path", path.clone().into()), ("date", self.date(*date).into())],
            ),
            DeadlineError::MissingRule { path } => {
                self.get_args("error-missing-rule", &[("path", path.clone().into())])
            }
            DeadlineError::OutOfCalendar => self.get("error-out-of-calendar"),
            DeadlineError::TooFar { path, limit, .. } => self.get_args(
                "error-too-far",
                &[("path", path.clone().into()), ("limit", FluentValue::from(*limit))],
            ),
        }
    }
}

/// The number an Arabic message selects its plural form on (`$n-plural` beside
/// `$n`). CLDR's Arabic rules test the last two digits ("few": n % 100 in
/// 3..10, "many": n % 100 in 11..99), but intl_pluralrules 7.0.2, which Fluent
/// uses, tests the whole number, so 243 days came out as "other" (يوم) instead
/// of "many" (يومًا). Below 100 both agree; from 100 on, the last two digits
/// give the same form, except 0–2, whose form is "other" (as for 100).
fn arabic_plural_key(n: f64) -> f64 {
    if n.fract() != 0.0 || n < 100.0 {
        return n;
    }
    let last_two = n % 100.0;
    if last_two >= 3.0 {
        last_two
    } else {
        100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // Ids, languages and data families: tests/ids.rs.

    /// The plural follows the number of hours: "1 time" and "25 timer", not
    /// "1 timer" (the count was once not passed, so every language fell to "other").
    #[test]
    fn cliff_hours_take_the_plural_of_their_number() {
        let da = Texts::new(Lang::Da);
        assert!(da.cliff("ends", "boligsikring", "1").contains("ved 1 time om ugen"), "{}", da.cliff("ends", "boligsikring", "1"));
        assert!(da.cliff("ends", "boligsikring", "25").contains("ved 25 timer om ugen"));
        assert!(da.cliff("ends", "boligsikring", "12.5").contains("12,5 timer"), "{}", da.cliff("ends", "boligsikring", "12.5"));
        let en = Texts::new(Lang::En);
        assert!(en.cliff("drop", "boligsikring", "1").contains("At 1 hour a week"));
        assert!(en.cliff("drop", "boligsikring", "2").contains("At 2 hours a week"));
        // Arabic text isolates each value (U+2068 … U+2069); read it without them.
        let ar = Texts::new(Lang::Ar);
        let ar_cliff = |h: &str| ar.cliff("ends", "boligsikring", h).replace(['\u{2068}', '\u{2069}'], "");
        assert!(ar_cliff("1").contains("ساعة واحدة"), "{}", ar_cliff("1"));
        assert!(ar_cliff("2").contains("ساعتين"), "{}", ar_cliff("2"));
        assert!(ar_cliff("5").contains("5 ساعات"), "{}", ar_cliff("5"));
        assert!(ar_cliff("25").contains("25 ساعة"), "{}", ar_cliff("25"));
    }

    /// Every formula with words in the gain code (`fm!(id: "X", "template", …)`)
    /// has `gain-f-X` in every language with the same values, and the Danish
    /// message says exactly what the template says.
    #[test]
    fn every_worded_formula_has_its_texts() {
        use ret_og_frist_core::gain::node::{Arg, Formula};
        let sources = [
            include_str!("../../core/src/gain/benefits.rs"),
            include_str!("../../core/src/gain/family.rs"),
            include_str!("../../core/src/gain/household.rs"),
            include_str!("../../core/src/gain/tax.rs"),
            include_str!("../../core/src/gain/boligsikring.rs"),
        ];
        let mut found = Vec::new();
        for src in sources {
            for (at, _) in src.match_indices("fm!(") {
                let rest = src[at + 4..].trim_start();
                let Some(rest) = rest.strip_prefix("id: \"") else { continue };
                let (id, rest) = rest.split_once('"').unwrap();
                let rest = rest.trim_start().strip_prefix(',').unwrap().trim_start().strip_prefix('"').unwrap();
                let (template, _) = rest.split_once('"').unwrap();
                let id: &'static str = Box::leak(id.to_string().into_boxed_str());
                let template: &'static str = Box::leak(template.to_string().into_boxed_str());
                found.push((id, template));
            }
        }
        assert!(found.len() >= 13, "{found:?}");
        for (id, template) in found {
            // Distinct values, so a message that drops or swaps one is caught.
            let n = template.matches("{}").count();
            let f = Formula { template, args: (1..=n).map(|i| Arg::S(format!("«{i}»"))).collect(), id: Some(id) };
            for lang in Lang::ALL {
                let t = Texts::new(lang);
                assert!(t.has(&format!("gain-f-{id}")), "{} gain-f-{id}", lang.code());
                let out = t.formula(&f).replace(['\u{2068}', '\u{2069}'], "");
                for i in 1..=n {
                    assert_eq!(out.matches(&format!("«{i}»")).count(), 1, "{} gain-f-{id}: {out}", lang.code());
                }
            }
            assert_eq!(Texts::new(Lang::Da).formula(&f), f.to_string(), "gain-f-{id} in Danish differs from the code");
        }
    }

    #[test]
    fn long_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 7).unwrap();
        assert_eq!(Texts::new(Lang::Da).date(d), "tirsdag 7. april 2026");
        assert_eq!(Texts::new(Lang::En).date(d), "Tuesday 7 April 2026");
    }

    /// A missing kontanthjælp rate tells the person what to do (type the
    /// amount from their decision, in the field named as the form names it),
    /// not the rule path.
    #[test]
    fn missing_kontanthjaelp_rate_points_to_the_amount_field() {
        let d = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        for lang in Lang::ALL {
            let t = Texts::new(lang);
            let msg = t.cannot_compute("kontanthjaelp", "kontanthjaelp.sats.forhoejet", d, "no-such-rate");
            assert!(msg.contains(&t.get("gain-kh-amount")), "{lang:?}: {msg}");
            assert!(!msg.contains("kontanthjaelp.sats"), "{lang:?}: {msg}");
            assert!(msg.contains("2026"), "{lang:?}: {msg}");
        }
    }

    /// An Arabic date inside a sentence must keep right-to-left order: the
    /// isolate Fluent puts around the date argument has to start with an
    /// Arabic letter (its first strong character), not with a nested isolate.
    #[test]
    fn arabic_date_in_a_sentence_starts_with_an_arabic_letter() {
        let ar = Texts::new(Lang::Ar);
        let d = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let date = ar.date(d);
        assert!(!date.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']), "{date:?}");
        let line = ar.get_args("date-understood", &[("date", date.clone().into())]);
        let inner = line.split('\u{2068}').nth(1).expect("Fluent isolates the argument in Arabic");
        let first = inner.chars().next().unwrap();
        assert!(('\u{0600}'..='\u{06FF}').contains(&first), "first character {first:?} in {line:?}");
        assert!(line.contains(&date));
    }
}
