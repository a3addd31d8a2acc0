//! Small grey images of one side drawn as a grid on one canvas, with a caption: the DCGAN's
//! maps (slide 1.34) and the progressive GAN's images at each level (slides 1.35–1.37).

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::widgets::grey_image::draw_tiles;

/// The grid: `per_line` tiles to a line, each drawn `scale` screen pixels per image pixel.
#[component]
pub fn TileGrid(
    /// The images, `side × side` grey levels each.
    #[prop(into)]
    maps: Signal<Vec<Vec<u8>>>,
    /// Their side.
    #[prop(into)]
    side: Signal<usize>,
    /// Tiles per line.
    per_line: usize,
    /// Screen pixels per image pixel.
    #[prop(into)]
    scale: Signal<usize>,
    /// Caption (also the canvas' accessible name).
    #[prop(into)]
    label: Signal<String>,
    /// `data-testid` of the canvas.
    testid: &'static str,
) -> impl IntoView {
    let node = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let side = side.get();
        maps.with(|m| {
            if let (false, Some(canvas)) = (m.is_empty(), node.get()) {
                draw_tiles(&canvas, m, side, per_line);
            }
        })
    });
    let width = move || {
        let n = maps.with(Vec::len).clamp(1, per_line);
        (n * (side.get() + 1) - 1) * scale.get()
    };
    view! {
        <figure class="map-grid">
            <canvas class="image-strip" node_ref=node role="img" aria-label=move || label.get() data-testid=testid
                data-count=move || maps.with(Vec::len).to_string() data-side=move || side.get().to_string()
                style=("width", move || format!("{}px", width()))></canvas>
            <figcaption>{move || label.get()}</figcaption>
        </figure>
    }
}
