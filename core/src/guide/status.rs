//! Where a person stands: the target group under LAB on a date, the rights and
//! duties cards that apply, and the reform timeline around that date.

use super::{Benefit, Validity};
use crate::input::{check_date, check_range, InputError, Quantity};
use crate::cited::Citation;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Readiness {
    Jobparat,
    Aktivitetsparat,
}

/// A target group row (`[[group]]` in `rules/dk/maalgrupper.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub benefit: Benefit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<Readiness>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u32>,
    /// Adopted groups this one takes the place of from its `from` date, once it
    /// is adopted itself (see [`StatusRules::replaced`]). A proposal ends nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
    #[serde(flatten)]
    pub validity: Validity,
    #[serde(flatten)]
    pub citation: Citation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardKind {
    Right,
    Duty,
}

/// A rights or duties card (`[[card]]` in `rules/dk/rettigheder.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub id: String,
    pub kind: CardKind,
    /// "all", group ids or benefit ids.
    pub applies_to: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Adopted cards this one takes the place of from its `from` date, once it
    /// is adopted itself. While it is a proposal both are shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
    #[serde(flatten)]
    pub validity: Validity,
    #[serde(flatten)]
    pub citation: Citation,
}

/// A dated change of the 2025–2027 reform (`[[change]]` in `rules/dk/reform.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub id: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub status: crate::cited::Status,
    #[serde(default)]
    pub affects: Vec<String>,
    #[serde(flatten)]
    pub citation: Citation,
}

/// What the person told us. Deserialising checks it (`#[serde(try_from)]`):
/// the date within the app's years, the age and the number of children within
/// input sanity bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ProfileInput")]
pub struct Profile {
    pub as_of: NaiveDate,
    pub benefit: Benefit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<Readiness>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub akasse_member: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<u32>,
}

/// A profile as written in JSON, before its checks.
#[doc(hidden)]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileInput {
    as_of: NaiveDate,
    benefit: Benefit,
    #[serde(default)]
    readiness: Option<Readiness>,
    #[serde(default)]
    age: Option<u32>,
    #[serde(default)]
    akasse_member: Option<bool>,
    #[serde(default)]
    children: Option<u32>,
}

/// Input sanity bounds (not law) for a profile.
pub const MAX_AGE: u32 = 120;
pub const MAX_CHILDREN: u32 = 20;

impl Profile {
    /// The bounds; deserialising runs this, code that builds a profile can too.
    pub fn check(&self) -> Result<(), InputError> {
        check_date("as_of", self.as_of)?;
        if let Some(a) = self.age {
            check_range("age", a, 0, MAX_AGE, Quantity::Age)?;
        }
        if let Some(c) = self.children {
            check_range("children", c, 0, MAX_CHILDREN, Quantity::Count)?;
        }
        Ok(())
    }

    /// Parse JSON (a byte-order mark is fine); errors name the field and the value.
    pub fn from_json(text: &str) -> Result<Profile, InputError> {
        crate::input::from_json(text)
    }
}

impl TryFrom<ProfileInput> for Profile {
    type Error = String;
    fn try_from(i: ProfileInput) -> Result<Self, String> {
        let p = Profile {
            as_of: i.as_of,
            benefit: i.benefit,
            readiness: i.readiness,
            age: i.age,
            akasse_member: i.akasse_member,
            children: i.children,
        };
        p.check().map_err(|e| e.to_serde_message())?;
        Ok(p)
    }
}

/// Something we could not decide and the user should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum StatusWarning {
    /// No target group matches; the app says so rather than guess.
    NoGroup,
    /// The answer to this question would change the result.
    NeedAnswer { field: &'static str },
    /// A rule shown is not confirmed.
    NotConfirmed { id: String },
}

/// A change on the timeline, relative to the profile's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry<'r> {
    #[serde(flatten)]
    pub change: &'r Change,
    /// Already happened on the profile's date.
    pub in_effect: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusResult<'r> {
    pub as_of: NaiveDate,
    pub group: Option<&'r Group>,
    /// Groups proposed (not law) for this profile, with their planned dates.
    pub proposals: Vec<&'r Group>,
    pub cards: Vec<&'r Card>,
    /// Cards that belong to proposals, shown apart and labelled.
    pub proposed_cards: Vec<&'r Card>,
    pub timeline: Vec<TimelineEntry<'r>>,
    pub warnings: Vec<StatusWarning>,
}

/// The guide's status data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct StatusRules {
    pub groups: Vec<Group>,
    pub cards: Vec<Card>,
    pub changes: Vec<Change>,
}

fn matches(g: &Group, p: &Profile, warnings: &mut Vec<StatusWarning>) -> bool {
    if g.benefit != p.benefit {
        return false;
    }
    if let Some(r) = g.readiness {
        match p.readiness {
            Some(pr) if pr == r => {}
            Some(_) => return false,
            None => {
                push_once(warnings, StatusWarning::NeedAnswer { field: "readiness" });
                return false;
            }
        }
    }
    if g.min_age.is_some() || g.max_age.is_some() {
        let Some(age) = p.age else {
            push_once(warnings, StatusWarning::NeedAnswer { field: "age" });
            return false;
        };
        if g.min_age.is_some_and(|m| age < m) || g.max_age.is_some_and(|m| age > m) {
            return false;
        }
    }
    true
}

fn push_once(w: &mut Vec<StatusWarning>, x: StatusWarning) {
    if !w.contains(&x) {
        w.push(x);
    }
}

/// An entry that can take the place of others (`replaces`).
trait Replacing {
    fn id(&self) -> &str;
    fn validity(&self) -> &Validity;
    fn replaces(&self) -> &[String];
}

impl Replacing for Group {
    fn id(&self) -> &str {
        &self.id
    }
    fn validity(&self) -> &Validity {
        &self.validity
    }
    fn replaces(&self) -> &[String] {
        &self.replaces
    }
}

impl Replacing for Card {
    fn id(&self) -> &str {
        &self.id
    }
    fn validity(&self) -> &Validity {
        &self.validity
    }
    fn replaces(&self) -> &[String] {
        &self.replaces
    }
}

/// Whether `id` is replaced on `date`: an ADOPTED entry that names it in
/// `replaces` is in force then. A proposal never replaces anything.
fn replaced_in<T: Replacing>(entries: &[T], id: &str, date: NaiveDate) -> bool {
    entries.iter().any(|e| e.validity().in_force(date) && e.replaces().iter().any(|r| r == id))
}

/// In force on `date` and not replaced by an adopted successor.
fn applies_on<T: Replacing>(entries: &[T], e: &T, date: NaiveDate) -> bool {
    e.validity().in_force(date) && !replaced_in(entries, e.id(), date)
}

/// `replaces` must name an existing, adopted entry of the same kind, not itself,
/// and one that has started before the replacing entry starts.
fn check_replaces<T: Replacing>(kind: &str, entries: &[T]) -> Result<(), (String, String)> {
    for e in entries {
        for r in e.replaces() {
            let at = format!("{kind}.{}", e.id());
            let Some(old) = entries.iter().find(|x| x.id() == r) else {
                return Err((at, format!("replaces unknown {kind} {r}")));
            };
            if old.id() == e.id() {
                return Err((at, "replaces itself".into()));
            }
            if old.validity().is_proposal() {
                return Err((at, format!("replaces {r}, which is a proposal: only adopted law is replaced")));
            }
            if old.validity().from >= e.validity().from {
                return Err((at, format!("replaces {r}, which starts on or after {}", e.validity().from)));
            }
        }
    }
    Ok(())
}

impl StatusRules {
    /// Check every `replaces` list (the rule loader calls this): (id, problem).
    pub fn check_replaces(&self) -> Result<(), (String, String)> {
        check_replaces("group", &self.groups)?;
        check_replaces("card", &self.cards)
    }

    /// Whether the group or card `id` is replaced on `date` by an adopted entry.
    pub fn replaced(&self, id: &str, date: NaiveDate) -> bool {
        replaced_in(&self.groups, id, date) || replaced_in(&self.cards, id, date)
    }

    /// Place a person: target group, cards and timeline as of `profile.as_of`.
    ///
    /// Only adopted entries in force, and not replaced by an adopted successor,
    /// give the group and the cards. Proposals are listed apart (`proposals`,
    /// `proposed_cards`) whatever they would replace: the entries they name
    /// stay in force until a rule pack marks the proposal adopted.
    pub fn evaluate(&self, profile: &Profile) -> StatusResult<'_> {
        let date = profile.as_of;
        let mut warnings = Vec::new();
        let group = self
            .groups
            .iter()
            .find(|g| applies_on(&self.groups, g, date) && matches(g, profile, &mut warnings));
        if group.is_none() {
            warnings.insert(0, StatusWarning::NoGroup);
        }
        // A proposal is to its date what the group is to today: the first row
        // that matches, one per planned start date (a person is in one group).
        let mut proposals: Vec<&Group> = Vec::new();
        for g in self
            .groups
            .iter()
            .filter(|g| g.validity.is_proposal() && g.validity.to.is_none_or(|to| date <= to))
            .filter(|g| matches(g, profile, &mut Vec::new()))
        {
            if !proposals.iter().any(|p| p.validity.from == g.validity.from) {
                proposals.push(g);
            }
        }
        let applies = |c: &Card| {
            c.applies_to.iter().any(|a| {
                a == "all" || a == profile.benefit.id() || group.is_some_and(|g| &g.id == a)
                    || proposals.iter().any(|g| &g.id == a)
            })
        };
        let cards: Vec<&Card> =
            self.cards.iter().filter(|c| applies_on(&self.cards, c, date) && applies(c)).collect();
        let proposed_cards: Vec<&Card> = self
            .cards
            .iter()
            .filter(|c| c.validity.is_proposal() && c.validity.to.is_none_or(|to| date <= to) && applies(c))
            .collect();
        for c in cards.iter().map(|c| (&c.id, &c.citation)).chain(group.map(|g| (&g.id, &g.citation))) {
            if c.1.confidence == crate::cited::Confidence::Unconfirmed {
                warnings.push(StatusWarning::NotConfirmed { id: c.0.clone() });
            }
        }
        let mut timeline: Vec<TimelineEntry> = self
            .changes
            .iter()
            .filter(|c| {
                c.affects.is_empty()
                    || c.affects.iter().any(|a| a == "all" || a == profile.benefit.id())
            })
            .map(|c| TimelineEntry { change: c, in_effect: c.date <= date && c.status == crate::cited::Status::Adopted })
            .collect();
        timeline.sort_by_key(|e| e.change.date);
        StatusResult { as_of: date, group, proposals, cards, proposed_cards, timeline, warnings }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::{RuleSet, BUILTIN_FILES};

    /// The built-in rules with `from` replaced by `to` once in `dk/maalgrupper.toml`
    /// or `dk/rettigheder.toml`; the loader's answer.
    fn load_with(file: &str, from: &str, to: &str) -> Result<RuleSet, String> {
        let files: Vec<(&str, String)> = BUILTIN_FILES
            .iter()
            .map(|(p, t)| {
                if *p == file {
                    assert_eq!(t.matches(from).count(), 1, "{from}");
                    (*p, t.replacen(from, to, 1))
                } else {
                    (*p, t.to_string())
                }
            })
            .collect();
        let pairs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
        RuleSet::from_files(&pairs).map_err(|e| e.to_string())
    }

    const CARD: &str = "replaces = [\"jobafklaringsforloeb\"]";

    #[test]
    fn replaces_must_name_adopted_law_that_started_earlier() {
        assert!(RuleSet::builtin().is_ok());
        let e = load_with("dk/rettigheder.toml", CARD, "replaces = [\"no-such-card\"]").unwrap_err();
        assert!(e.contains("card.sygedagpenge-reduceret-sats-2027") && e.contains("unknown card no-such-card"), "{e}");
        let e = load_with("dk/rettigheder.toml", CARD, "replaces = [\"sygedagpenge-reduceret-sats-2027\"]").unwrap_err();
        assert!(e.contains("replaces itself"), "{e}");
        // A proposal cannot be "replaced": only law ends.
        let e = load_with("dk/rettigheder.toml", CARD, "replaces = [\"sanktioner-sygedagpenge-2027\"]").unwrap_err();
        assert!(e.contains("which is a proposal"), "{e}");
        // A successor must start after what it replaces.
        let e = load_with(
            "dk/rettigheder.toml",
            "from = \"2027-01-01\"\nstatus = \"proposal\"\nreplaces",
            "from = \"2020-01-01\"\nstatus = \"proposal\"\nreplaces",
        )
        .unwrap_err();
        assert!(e.contains("starts on or after 2020-01-01"), "{e}");
        let e = load_with(
            "dk/maalgrupper.toml",
            "replaces = [\"dagpengemodtager\"]",
            "replaces = [\"lab2027-oevrige\"]",
        )
        .unwrap_err();
        assert!(e.contains("group.lab2027-dagpenge") && e.contains("proposal"), "{e}");
    }

    #[test]
    fn a_proposal_replaces_nothing_an_adopted_successor_does_from_its_date() {
        let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let builtin = RuleSet::builtin().unwrap();
        assert!(!builtin.guide.status.replaced("jobafklaringsforloeb", d("2027-06-01")));
        let adopted = load_with(
            "dk/rettigheder.toml",
            "status = \"proposal\"\nreplaces = [\"jobafklaringsforloeb\"]",
            "status = \"adopted\"\nreplaces = [\"jobafklaringsforloeb\"]",
        )
        .unwrap();
        let s = &adopted.guide.status;
        assert!(!s.replaced("jobafklaringsforloeb", d("2026-12-31")));
        assert!(s.replaced("jobafklaringsforloeb", d("2027-01-01")));
        assert!(!s.replaced("sygedagpenge-22-uger", d("2027-01-01")), "only what it names");
    }
}
