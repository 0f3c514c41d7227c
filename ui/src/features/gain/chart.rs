//! The earnings chart (SVG) with its cliffs, and the same data as a table.

use super::*;

/// The top of the chart's kr. scale: `v` rounded up to a multiple of half its
/// power of ten (31,287 → 35,000), so the scale's one label reads as a scale
/// and not as a figure of the result. Display only; no rule is involved.
fn round_scale_top(v: f64) -> f64 {
    if !v.is_finite() || v <= 0.0 {
        return 1.0;
    }
    let step = 10f64.powf(v.log10().floor()) / 2.0;
    (v / step).ceil() * step
}

/// The earnings chart (SVG) with shaded cliffs, and the same data as a table.
/// `job_hours`: the hours of the job asked about, marked (and read out) at
/// once, so the person finds their own point without tapping.
pub(super) fn chart(lang: Lang, sw: &Sweep, job_hours: Option<Decimal>) -> AnyView {
    let (w, h, pad) = (640.0_f64, 300.0_f64, 48.0_f64);
    let to_f = |d: Decimal| d.to_string().parse::<f64>().unwrap_or(0.0);
    let max_hours = sw.points.last().map(|p| to_f(p.hours_per_week)).unwrap_or(45.0).max(1.0);
    let months: Vec<(f64, f64)> =
        sw.points.iter().map(|p| (to_f(p.hours_per_week), to_f(p.disposable) / 12.0)).collect();
    let max_y = round_scale_top(months.iter().map(|(_, y)| *y).fold(1.0, f64::max) * 1.1);
    let x = move |hours: f64| pad + hours / max_hours * (w - 2.0 * pad);
    let y = move |v: f64| h - pad - v.max(0.0) / max_y * (h - 2.0 * pad);
    let line: String = months.iter().map(|(hx, vy)| format!("{:.1},{:.1}", x(*hx), y(*vy))).collect::<Vec<_>>().join(" ");
    let step = (w - 2.0 * pad) / (sw.points.len().max(2) - 1) as f64;
    let shades = sw
        .cliffs
        .iter()
        .filter(|c| c.kind != "starts-falling")
        .map(|c| {
            let cx = x(to_f(c.hours_per_week));
            view! { <rect class="cliff" x=format!("{:.1}", cx - step) y=format!("{pad}") width=format!("{:.1}", step) height=format!("{:.1}", h - 2.0 * pad) /> }
        })
        .collect_view();
    let sentences: Vec<String> = with_texts(lang, |t| {
        sw.cliffs
            .iter()
            .map(|c| {
                // The plural follows the number ("1 time", "2 timer"); i18n shows it with the language's decimal mark.
                t.cliff(c.kind, &c.part, &c.hours_per_week.round_dp(1).normalize().to_string())
            })
            .collect()
    });
    let rows = sw
        .points
        .iter()
        .map(|p| {
            let rate = p.marginal_rate.map(|m| format!("{} %", da((m * Decimal::ONE_HUNDRED).round_dp(0)))).unwrap_or_default();
            view! {
                <tr>
                    <td>{da(p.hours_per_week)}</td>
                    <td>{da(Decimal::from(kr(p.gross_wage / Decimal::from(12))))}</td>
                    <td>{da(Decimal::from(kr(p.disposable / Decimal::from(12))))}</td>
                    <td>{rate}</td>
                </tr>
            }
        })
        .collect_view();
    let y_top = da(Decimal::from(max_y as i64));
    // Tap (or click) the curve to read the nearest point's figures: on a phone
    // the table beside the chart is far down the page.
    let nearest = |h: Decimal| {
        sw.points.iter().enumerate().min_by_key(|(_, p)| (p.hours_per_week - h).abs()).map(|(i, _)| i)
    };
    let picked = RwSignal::new(job_hours.and_then(nearest));
    let coords: Vec<(f64, f64)> = months.iter().map(|(hx, vy)| (x(*hx), y(*vy))).collect();
    let figures: Vec<(String, f64, String, String)> = sw
        .points
        .iter()
        .map(|p| {
            let h = p.hours_per_week.round_dp(1).normalize();
            let shown = if matches!(lang, Lang::Da | Lang::Uk) { h.to_string().replace('.', ",") } else { h.to_string() };
            (shown, to_f(h), da(Decimal::from(kr(p.gross_wage / Decimal::from(12)))), da(Decimal::from(kr(p.disposable / Decimal::from(12)))))
        })
        .collect();
    let count = coords.len();
    let marker = coords.clone();
    let pick = move |ev: web_sys::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        let Some(svg) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let r = svg.get_bounding_client_rect();
        if r.width() <= 0.0 || count == 0 {
            return;
        }
        let fx = (f64::from(ev.client_x()) - r.left()) / r.width() * w;
        let i = ((fx - pad) / step).round().clamp(0.0, (count - 1) as f64) as usize;
        picked.set(Some(i));
    };
    view! {
        <section aria-labelledby="gain-chart-title" id="gain-chart">
            <h3 id="gain-chart-title">{tr(lang, "gain-chart-title")}</h3>
            <p class="hint">{tr(lang, "gain-chart-hint")}</p>
            <ul id="gain-cliffs">{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            <div class="chart-and-table">
                <figure class="chart">
                    <svg dir="ltr" viewBox=format!("0 0 {w} {h}") role="img" aria-labelledby="gain-chart-title gain-chart-desc" focusable="false" on:click=pick>
                        <desc id="gain-chart-desc">{tr(lang, "gain-chart-desc")}</desc>
                        {shades}
                        <line class="axis" x1=format!("{pad}") y1=format!("{}", h - pad) x2=format!("{}", w - pad) y2=format!("{}", h - pad) />
                        <line class="axis" x1=format!("{pad}") y1=format!("{pad}") x2=format!("{pad}") y2=format!("{}", h - pad) />
                        <polyline class="series" points=line />
                        {move || picked.get().and_then(|i| marker.get(i).copied()).map(|(cx, cy)| view! {
                            <circle class="picked" cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="7" />
                        })}
                        <text x=format!("{}", w / 2.0) y=format!("{}", h - 10.0) text-anchor="middle">{tr(lang, "gain-chart-x")}</text>
                        <text x="4" y=format!("{}", pad - 8.0)>{y_top}" kr."</text>
                        <text x=format!("{pad}") y=format!("{}", h - pad + 16.0) text-anchor="middle">"0"</text>
                        <text x=format!("{}", w - pad) y=format!("{}", h - pad + 16.0) text-anchor="middle">{format!("{max_hours:.0}")}</text>
                    </svg>
                    <figcaption>{tr(lang, "gain-chart-caption")}" "{tr(lang, "gain-chart-tap")}</figcaption>
                    <p id="gain-chart-point" aria-live="polite">{move || picked.get().and_then(|i| figures.get(i).cloned()).map(|(hours, n, wage, disposable)| {
                        with_texts(lang, |t| t.get_args("gain-chart-point", &[("hours", hours.into()), ("n", n.into()), ("wage", wage.into()), ("disposable", disposable.into())]))
                    })}</p>
                </figure>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="gain-table-caption">
                    <table id="gain-table">
                        <caption id="gain-table-caption">{tr(lang, "gain-table-caption")}</caption>
                        <thead><tr>
                            <th scope="col">{tr(lang, "gain-col-hours")}</th>
                            <th scope="col">{tr(lang, "gain-col-wage")}</th>
                            <th scope="col">{tr(lang, "gain-col-disposable")}</th>
                            <th scope="col">{tr(lang, "gain-col-marginal")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </section>
    }
    .into_any()
}
