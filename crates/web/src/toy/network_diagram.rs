//! A one-neuron network drawn as the slides draw it: nine pixels and one node, joined by edges
//! whose thickness follows the weight's size — thick solid lines are positive and thin dashed
//! ones negative (slide 1.17's convention). It redraws whenever the weights change.

use leptos::prelude::*;

use crate::strings;

/// Which way the edges go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fan {
    /// Nine pixels into one neuron (the discriminator).
    In,
    /// One input z out to nine pixel neurons (the generator).
    Out,
}

const W: f64 = 460.0;
const H: f64 = 300.0;
const NEAR: f64 = 70.0;
const FAR: f64 = 370.0;

fn row_y(i: usize) -> f64 {
    22.0 + i as f64 * (H - 44.0) / 8.0
}

/// (stroke width, colour, dash) for a weight: sign sets the style, size the width.
pub fn edge_style(w: f32) -> (f64, &'static str, &'static str) {
    let size = f64::from(w.abs()).min(4.0);
    if w >= 0.0 {
        (1.2 + 2.2 * size, "#1f4fa3", "none")
    } else {
        (0.5 + 0.45 * size, "#c2410c", "5 4")
    }
}

fn shade(v: f32) -> String {
    format!("rgba(24, 28, 56, {:.3})", v.clamp(0.0, 1.0))
}

/// The diagram. `values` shades the nine pixel nodes (inputs for `Fan::In`, outputs for
/// `Fan::Out`); `node` labels the single node.
#[component]
pub fn NetworkDiagram(
    /// The nine weights.
    #[prop(into)]
    weights: Signal<Vec<f32>>,
    /// The nine pixels' values.
    #[prop(into)]
    values: Signal<Vec<f32>>,
    /// Direction.
    fan: Fan,
    /// Text in the single node.
    #[prop(into)]
    node: Signal<String>,
    /// `data-testid`.
    testid: &'static str,
) -> impl IntoView {
    let (pixel_x, single_x) = match fan {
        Fan::In => (NEAR, FAR),
        Fan::Out => (FAR, NEAR),
    };
    let single_y = H / 2.0;
    let edges = move || {
        weights
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                let (width, color, dash) = edge_style(w);
                let y = row_y(i);
                let (lx, ly) = (pixel_x + (single_x - pixel_x) * 0.28, y + (single_y - y) * 0.28);
                view! {
                    <line x1=pixel_x y1=y x2=single_x y2=single_y stroke=color stroke-width=format!("{width:.2}")
                        stroke-dasharray=dash data-testid=format!("{testid}-edge-{i}") data-weight=format!("{w:.3}")/>
                    <text class="edge-label" x=lx y=ly - 4.0 text-anchor="middle" fill=color>{format!("{w:+.2}")}</text>
                }
            })
            .collect_view()
    };
    let nodes = move || {
        let vals = values.get();
        (0..9)
            .map(|i| {
                let v = vals.get(i).copied().unwrap_or(0.0);
                let y = row_y(i);
                let text_x = if fan == Fan::In { pixel_x - 22.0 } else { pixel_x + 22.0 };
                let anchor = if fan == Fan::In { "end" } else { "start" };
                view! {
                    <rect x=pixel_x - 13.0 y=y - 13.0 width="26" height="26" rx="4" fill=shade(v) stroke="#8a8fa8"/>
                    <text class="node-label" x=text_x y=y + 4.0 text-anchor=anchor>{format!("{} {}", strings::toy_pixel_short(), i + 1)}</text>
                }
            })
            .collect_view()
    };
    view! {
        <figure class="network" data-testid=testid>
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=strings::toy_diagram_label()>
                {edges}
                {nodes}
                <circle cx=single_x cy=single_y r="30" fill="#fff" stroke="#1d2345" stroke-width="2"/>
                <text class="node-main" x=single_x y=single_y + 5.0 text-anchor="middle">{move || node.get()}</text>
            </svg>
            <figcaption class="legend">
                <span class="legend-item"><span class="legend-line positive"></span>{strings::toy_edge_positive()}</span>
                <span class="legend-item"><span class="legend-line negative"></span>{strings::toy_edge_negative()}</span>
            </figcaption>
        </figure>
    }
}
