//! The explanation tree: every amount with its formula and the rules behind it.

use super::*;

/// The explanation tree as nested disclosure widgets (keyboard accessible by default).
pub(super) fn tree_view(n: &Node, lang: Lang, monthly: bool, depth: usize, overridden: &[String]) -> AnyView {
    let label = with_texts(lang, |t| t.gain_label(&n.id));
    let amount = money(lang, n.amount, monthly);
    // Formulas compute the year's amount (most end in "× 12"): shown per month,
    // the line ends with the year's figure so the arithmetic can be followed.
    let year_total = monthly.then(|| format!(" = {}", money(lang, n.amount, false)));
    let formula = n.formula.as_ref().map(|f| view! { <p class="formula">{with_texts(lang, |t| t.formula(f))}{year_total}</p> });
    let rule_links = (!n.rules.is_empty()).then(|| {
        view! {
            <p class="cite">
                {tr(lang, "gain-rules-used")} ": "
                {n.rules.iter().map(|r| {
                    let changed = overridden.iter().any(|o| o == r.as_ref());
                    view! {
                        <a href=format!("#regler/{r}")>{with_texts(lang, |t| crate::features::rule_label(t, r))}</a>
                        {changed.then(|| view! { " " <span class="badge proposal">{tr(lang, "cases-overridden-badge")}</span> })}
                        " "
                    }
                }).collect_view()}
            </p>
        }
    });
    if n.children.is_empty() {
        view! {
            <li data-node=n.id.clone()>
                <span class="node-label">{label}</span>": " <strong>{amount}</strong>
                {formula}
                {rule_links}
            </li>
        }
        .into_any()
    } else {
        let kids = n.children.iter().map(|c| tree_view(c, lang, monthly, depth + 1, overridden)).collect_view();
        view! {
            <li data-node=n.id.clone()>
                <details open=depth == 0>
                    <summary><span class="node-label">{label}</span>": " <strong>{amount}</strong></summary>
                    {formula}
                    {rule_links}
                    <ul class="tree">{kids}</ul>
                </details>
            </li>
        }
        .into_any()
    }
}
