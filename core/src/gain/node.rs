//! The explanation tree: every figure with its parts and the rates behind it.

use rust_decimal::Decimal;
use serde::Serialize;

/// One value in a formula, formatted only when shown (formatting every
/// number of every step costs more than the arithmetic).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number, shown the Danish way (1.234,5).
    N(Decimal),
    /// A fraction shown as a percentage (0.1201 → 12,01 %).
    P(Decimal),
    T(&'static str),
    S(String),
}

/// The arithmetic of a figure, e.g. "{} × ({} − {})" with its values.
///
/// A formula with words has a message id: the UI and the CLI render it from
/// `gain-f-<id>` in locales/*/gevinst.ftl, with the values as `$v1`, `$v2`, …
/// (formatted as in the template). The Danish template here is the same text
/// as the Danish message (tested in ret-og-frist-i18n) and what `Display` and
/// the JSON `formula` field show.
#[derive(Debug, Clone, PartialEq)]
pub struct Formula {
    pub template: &'static str,
    pub args: Vec<Arg>,
    /// The message id (without `gain-f-`) of a formula with words.
    pub id: Option<&'static str>,
}

/// `fm!("{} × {}", P(rate), N(base))`: a formula, rendered on display.
/// `fm!(id: "kh-decision", "beløbet fra din afgørelse")`: one with words, by message id.
#[macro_export]
macro_rules! fm {
    (id: $id:literal, $t:literal $(, $a:expr)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::gain::node::Arg::*;
        $crate::gain::node::Formula { template: $t, args: vec![$($a),*], id: Some($id) }
    }};
    ($t:literal $(, $a:expr)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::gain::node::Arg::*;
        $crate::gain::node::Formula { template: $t, args: vec![$($a),*], id: None }
    }};
}

impl Arg {
    /// The value as the formula shows it.
    pub fn text(&self) -> String {
        match self {
            Arg::N(x) => da(*x),
            Arg::P(x) => pct(*x),
            Arg::T(s) => (*s).to_string(),
            Arg::S(s) => s.clone(),
        }
    }
}

impl Formula {
    /// The values as shown, named for the message: `v1`, `v2`, …
    pub fn named_args(&self) -> Vec<(String, String)> {
        self.args.iter().enumerate().map(|(i, a)| (format!("v{}", i + 1), a.text())).collect()
    }
}

impl std::fmt::Display for Formula {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut args = self.args.iter();
        let mut parts = self.template.split("{}");
        if let Some(first) = parts.next() {
            f.write_str(first)?;
        }
        for part in parts {
            if let Some(a) = args.next() {
                f.write_str(&a.text())?;
            }
            f.write_str(part)?;
        }
        Ok(())
    }
}

impl Serialize for Formula {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A rate path: usually a literal, sometimes built (a municipality's rate).
pub type Path = std::borrow::Cow<'static, str>;

/// One figure: kroner per year (whole-krone rounding happens only on display).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    /// Stable id, also the Fluent key suffix of its label (`gain-<id>`).
    pub id: Path,
    /// Kroner per year. Positive = adds to disposable income, negative = takes away.
    pub amount: Decimal,
    /// The arithmetic, e.g. "12,01 % × 204.000".
    /// Boxed: a node is moved often while it is built, and most nodes of a
    /// sweep have no formula (a smaller node is cheaper to move).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formula: Option<Box<Formula>>,
    /// Rate paths used for this figure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Path>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
    /// A figure shown for understanding (a base, a cap) that is not part of the
    /// parent's sum. All other children add up to their parent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub info: bool,
    /// False for a node built in numbers-only mode ([`super::Ctx::numbers_only`]):
    /// it keeps its id and amount but takes no formula, rules or children, so
    /// the explanation costs nothing when nobody will read it.
    #[serde(skip)]
    pub explained: bool,
}

impl Node {
    #[inline(always)]
    pub fn new(id: impl Into<Path>, amount: Decimal) -> Node {
        Node { id: id.into(), amount, formula: None, rules: Vec::new(), children: Vec::new(), info: false, explained: true }
    }
    /// A node that takes no formula, rules or children (numbers-only mode).
    #[inline(always)]
    pub fn bare(id: &'static str, amount: Decimal) -> Node {
        Node { explained: false, ..Node::new(id, amount) }
    }
    /// Mark as a detail that is not part of the parent's sum.
    #[inline(always)]
    pub fn info(mut self) -> Node {
        self.info = true;
        self
    }
    /// Whether every node's summing children add up to it (within `tolerance`).
    pub fn adds_up(&self, tolerance: Decimal) -> Result<(), String> {
        let summing: Vec<&Node> = self.children.iter().filter(|c| !c.info).collect();
        if !summing.is_empty() {
            let sum: Decimal = summing.iter().map(|c| c.amount).sum();
            if (sum - self.amount).abs() > tolerance {
                return Err(format!("{}: children add up to {sum}, node is {}", self.id, self.amount));
            }
        }
        self.children.iter().try_for_each(|c| c.adds_up(tolerance))
    }
    /// The arithmetic, built only when the node is explained:
    /// `.formula(|| fm!("{} × {}", P(rate), N(base)))`.
    #[inline(always)]
    pub fn formula(mut self, f: impl FnOnce() -> Formula) -> Node {
        if self.explained {
            self.formula = Some(Box::new(f()));
        }
        self
    }
    #[inline(always)]
    pub fn rules(mut self, r: &[&'static str]) -> Node {
        if self.explained {
            self.rules.extend(r.iter().map(|s| Path::Borrowed(s)));
        }
        self
    }
    #[inline(always)]
    pub fn rule(mut self, r: impl Into<Path>) -> Node {
        if self.explained {
            self.rules.push(r.into());
        }
        self
    }
    #[inline(always)]
    pub fn child(mut self, c: Node) -> Node {
        self.push(c);
        self
    }
    #[inline(always)]
    pub fn children(mut self, c: impl IntoIterator<Item = Node>) -> Node {
        if self.explained {
            self.children.extend(c);
        }
        self
    }
    /// Room for `n` more children, for a node built child by child whose
    /// number of parts is known: its list is allocated once, not grown and
    /// copied at the fifth child (nothing when the node is not explained).
    #[inline(always)]
    pub fn reserve(mut self, n: usize) -> Node {
        if self.explained {
            self.children.reserve_exact(n);
        }
        self
    }
    /// Add a child in place (nothing when the node is not explained).
    #[inline(always)]
    pub fn push(&mut self, c: Node) {
        if self.explained {
            self.children.push(c);
        }
    }
    /// Add rule paths in place (nothing when the node is not explained).
    #[inline(always)]
    pub fn extend_rules(&mut self, r: impl IntoIterator<Item = &'static str>) {
        if self.explained {
            self.rules.extend(r.into_iter().map(Path::Borrowed));
        }
    }
    /// Find a node by id, depth first.
    pub fn find(&self, id: &str) -> Option<&Node> {
        if self.id == id {
            return Some(self);
        }
        self.children.iter().find_map(|c| c.find(id))
    }
}

/// Round to whole kroner, half away from zero (how amounts are shown and compared).
pub fn kr(x: Decimal) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    let r = x.round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    r.to_i64().unwrap_or(if r.is_sign_negative() { i64::MIN } else { i64::MAX })
}

/// Round half away from zero to `dp` decimals (as shown: hours, rates, per hour).
pub fn round(x: Decimal, dp: u32) -> Decimal {
    x.round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Danish number format for formulas: 1.234,5 (thousands dot, decimal comma).
pub fn da(x: Decimal) -> String {
    let x = x.round_dp(2).normalize();
    let neg = x.is_sign_negative() && !x.is_zero();
    let s = x.abs().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    let sign = if neg { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped},{frac}") }
}

/// A percentage written as in the law: 12,01 %.
pub fn pct(p: Decimal) -> String {
    format!("{} %", da(p * Decimal::ONE_HUNDRED))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros_free::d;

    mod rust_decimal_macros_free {
        pub fn d(s: &str) -> rust_decimal::Decimal {
            s.parse().unwrap()
        }
    }

    #[test]
    fn danish_format() {
        assert_eq!(da(d("1234567.5")), "1.234.567,5");
        assert_eq!(da(d("100")), "100");
        assert_eq!(da(d("-2500.456")), "-2.500,46");
        assert_eq!(pct(d("0.1201")), "12,01 %");
        assert_eq!(kr(d("2.5")), 3);
        assert_eq!(kr(d("-2.5")), -3);
        assert_eq!(kr(d("83910.56")), 83911);
    }
}
