//! A line chart in SVG: several series over a shared x axis, with ticks, a legend and an
//! optional fixed y range. Long series are thinned to what the chart can show.

use leptos::prelude::*;

use crate::widgets::download::ChartDownload;

/// One line.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend text.
    pub label: String,
    /// CSS colour.
    pub color: &'static str,
    /// (x, y) points, x increasing.
    pub points: Vec<(f64, f64)>,
}

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 40.0;
/// At most this many points are drawn per series.
const MAX_POINTS: usize = 400;

/// Keeps at most `MAX_POINTS` points, averaging neighbours (so noise reads as a band's middle).
fn thin(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if points.len() <= MAX_POINTS {
        return points.to_vec();
    }
    let size = points.len().div_ceil(MAX_POINTS);
    points
        .chunks(size)
        .map(|c| {
            let n = c.len() as f64;
            (
                c.iter().map(|p| p.0).sum::<f64>() / n,
                c.iter().map(|p| p.1).sum::<f64>() / n,
            )
        })
        .collect()
}

/// Round tick values covering [lo, hi], and how many decimals their labels need.
fn ticks(lo: f64, hi: f64) -> (Vec<f64>, usize) {
    let span = (hi - lo).max(1e-9);
    let raw = span / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(raw);
    let mut out = Vec::new();
    let mut v = (lo / step).ceil() * step;
    while v <= hi + step * 1e-6 {
        out.push(if v.abs() < step * 1e-9 { 0.0 } else { v });
        v += step;
    }
    // Enough decimals to tell neighbours apart: 0.25 needs 2, 0.0025 needs 4, 200 needs 0.
    let mut decimals = 0;
    while decimals < 8
        && ((step * 10f64.powi(decimals as i32)).round() - step * 10f64.powi(decimals as i32)).abs()
            > 1e-6
    {
        decimals += 1;
    }
    (out, decimals)
}

fn label(v: f64, decimals: usize) -> String {
    if v == 0.0 {
        "0".into()
    } else {
        format!("{v:.decimals$}")
    }
}

/// The chart. `y_range` fixes the y axis (e.g. probabilities in [0, 1]); otherwise it fits the
/// data.
#[component]
pub fn LineChart(
    /// The lines.
    #[prop(into)]
    series: Signal<Vec<Series>>,
    /// What x counts.
    #[prop(into)]
    x_label: String,
    /// Fixed y axis, if any.
    #[prop(optional)]
    y_range: Option<(f64, f64)>,
    /// `data-testid`.
    testid: &'static str,
    /// The epoch the chart reaches (it names the downloaded files).
    #[prop(optional, into)]
    epoch: Signal<Option<u32>>,
) -> impl IntoView {
    let figure = NodeRef::<leptos::html::Figure>::new();
    let legend_for_files = Signal::derive(move || {
        series.with(|s| {
            s.iter()
                .map(|s| (s.label.clone(), s.color.to_string()))
                .collect::<Vec<_>>()
        })
    });
    let x_label_text_for_aria = x_label.clone();
    let drawn = move || {
        let all = series.get();
        let thinned: Vec<(Series, Vec<(f64, f64)>)> = all
            .into_iter()
            .map(|s| {
                let pts: Vec<(f64, f64)> = s
                    .points
                    .iter()
                    .copied()
                    .filter(|(x, y)| x.is_finite() && y.is_finite())
                    .collect();
                let pts = thin(&pts);
                (s, pts)
            })
            .collect();
        let xs = thinned.iter().flat_map(|(_, p)| p.iter().map(|q| q.0));
        let (x_lo, x_hi) = xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
            (a.min(x), b.max(x))
        });
        let (x_lo, x_hi) = if x_lo.is_finite() {
            (x_lo, if x_hi > x_lo { x_hi } else { x_lo + 1.0 })
        } else {
            (0.0, 1.0)
        };
        let (y_lo, y_hi) = y_range.unwrap_or_else(|| {
            let ys = thinned.iter().flat_map(|(_, p)| p.iter().map(|q| q.1));
            let (lo, hi) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), y| {
                (a.min(y), b.max(y))
            });
            if !lo.is_finite() {
                (0.0, 1.0)
            } else {
                let pad = ((hi - lo) * 0.08).max(1e-3);
                (
                    (lo - pad).min(if lo >= 0.0 { 0.0 } else { lo - pad }),
                    hi + pad,
                )
            }
        });
        let sx = move |x: f64| LEFT + (x - x_lo) / (x_hi - x_lo) * (W - LEFT - RIGHT);
        let sy = move |y: f64| TOP + (1.0 - (y - y_lo) / (y_hi - y_lo)) * (H - TOP - BOTTOM);
        let (y_ticks, y_decimals) = ticks(y_lo, y_hi);
        let grid_y = y_ticks
            .into_iter()
            .map(|v| {
                let y = sy(v);
                view! {
                    <line class="chart-grid" x1=LEFT x2=W - RIGHT y1=y y2=y/>
                    <text class="chart-tick" x=LEFT - 6.0 y=y + 4.0 text-anchor="end">{label(v, y_decimals)}</text>
                }
            })
            .collect_view();
        let (x_ticks, x_decimals) = ticks(x_lo, x_hi);
        let grid_x = x_ticks
            .into_iter()
            .map(|v| {
                let x = sx(v);
                view! {
                    <line class="chart-axis" x1=x x2=x y1=H - BOTTOM y2=H - BOTTOM + 4.0/>
                    <text class="chart-tick" x=x y=H - BOTTOM + 16.0 text-anchor="middle">{label(v, x_decimals)}</text>
                }
            })
            .collect_view();
        let lines = thinned
            .iter()
            .map(|(s, pts)| {
                let d = pts
                    .iter()
                    .map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(y.clamp(y_lo, y_hi))))
                    .collect::<Vec<_>>()
                    .join(" ");
                view! { <polyline class="chart-line" points=d stroke=s.color/> }
            })
            .collect_view();
        let count: usize = thinned
            .iter()
            .map(|(s, _)| s.points.len())
            .max()
            .unwrap_or(0);
        let described = describe(&thinned, &x_label_text_for_aria);
        let legend = thinned
            .iter()
            .map(|(s, _)| view! { <span class="legend-item"><span class="legend-swatch" style=("background", s.color.to_string())></span>{s.label.clone()}</span> })
            .collect_view();
        (count, grid_y, grid_x, lines, legend, described)
    };
    let x_label_text = x_label.clone();
    view! {
        <figure class="line-chart" data-testid=testid node_ref=figure>
            <ChartDownload figure=figure what=testid legend=legend_for_files epoch=epoch/>
            {move || {
                let (count, grid_y, grid_x, lines, legend, described) = drawn();
                view! {
                    <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=described data-points=count>
                        {grid_y}
                        <line class="chart-axis" x1=LEFT x2=W - RIGHT y1=H - BOTTOM y2=H - BOTTOM/>
                        {grid_x}
                        <text class="chart-label" x=(LEFT + W - RIGHT) / 2.0 y=H - 6.0 text-anchor="middle">{x_label_text.clone()}</text>
                        {lines}
                    </svg>
                    <figcaption class="legend">{legend}</figcaption>
                }
            }}
        </figure>
    }
}

/// The chart's text alternative: each line's numbers (how many points, first, last, lowest
/// and highest value) and what x counts.
fn describe(lines: &[(Series, Vec<(f64, f64)>)], x_label: &str) -> String {
    use crate::i18n::pick;
    if lines.iter().all(|(s, _)| s.points.is_empty()) {
        return pick(
            "Gráfica vacía: todavía no hay datos.",
            "Empty chart: no data yet.",
        )
        .to_owned();
    }
    let n = |v: f64| crate::wording::number((v * 1e4).round() / 1e4);
    let parts: Vec<String> = lines
        .iter()
        .filter(|(s, _)| !s.points.is_empty())
        .map(|(s, _)| {
            let ys = s.points.iter().map(|p| p.1).filter(|y| y.is_finite());
            let (lo, hi) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), y| {
                (a.min(y), b.max(y))
            });
            let (first, last) = (s.points[0], s.points[s.points.len() - 1]);
            format!(
                "{}: {} {}, {} {} → {}, {} {} … {}",
                s.label,
                s.points.len(),
                pick("puntos", "points"),
                pick("de", "from"),
                n(first.1),
                n(last.1),
                pick("entre", "between"),
                n(lo),
                n(hi)
            )
        })
        .collect();
    format!(
        "{} ({x_label}). {}",
        pick("Gráfica", "Chart"),
        parts.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0.0, 1.0), (vec![0.0, 0.25, 0.5, 0.75, 1.0], 2));
        assert_eq!(ticks(0.0, 600.0), (vec![0.0, 200.0, 400.0, 600.0], 0));
        assert_eq!(ticks(0.0, 0.01).1, 4);
        assert_eq!(label(0.0025, 4), "0.0025");
    }

    #[test]
    fn long_series_are_thinned() {
        let pts: Vec<(f64, f64)> = (0..1200).map(|i| (i as f64, 1.0)).collect();
        let t = thin(&pts);
        assert!(t.len() <= MAX_POINTS && t.iter().all(|p| p.1 == 1.0));
    }
}
