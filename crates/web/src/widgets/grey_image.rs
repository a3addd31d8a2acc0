//! A 28 × 28 grey image (0–255) drawn on a canvas, enlarged with crisp pixels, and rows of
//! them drawn as strips (`plot_reconstructions`, generated samples). Dark ink on white, as the
//! lecture's plots.

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, ImageData};

use crate::widgets::download::GridDownload;

/// One image.
#[component]
pub fn GreyImage(
    /// 784 grey levels (0 = empty, 255 = full).
    #[prop(into)]
    pixels: Signal<Vec<u8>>,
    /// Accessible label.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let node = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let p = pixels.get();
        if let Some(canvas) = node.get() {
            draw_strip(&canvas, &[p.as_slice()]);
        }
    });
    view! { <canvas class="grey-image" width="28" height="28" node_ref=node aria-label=label role="img"></canvas> }
}

/// Images per line of a strip.
const PER_LINE: usize = 12;
/// One image's cell in a strip: 28 pixels and a 1-pixel gap.
const CELL: usize = 29;
/// The gap's colour (the page's line colour).
const GAP: [u8; 4] = [0xd8, 0xd3, 0xc6, 255];

/// Draws `images` (28 × 28 each) on one canvas, `PER_LINE` to a line, with thin gaps (one image:
/// just the image).
fn draw_strip(canvas: &web_sys::HtmlCanvasElement, images: &[impl AsRef<[u8]>]) {
    draw_tiles(canvas, images, 28, PER_LINE);
}

/// Draws `images` (`side` × `side` grey levels each) on one canvas, `per_line` to a line, with
/// one-pixel gaps; the canvas takes the tiles' size (CSS enlarges it with crisp pixels).
pub fn draw_tiles(
    canvas: &web_sys::HtmlCanvasElement,
    images: &[impl AsRef<[u8]>],
    side: usize,
    per_line: usize,
) {
    let cell = side + 1;
    let cols = images.len().clamp(1, per_line);
    let lines = images.len().div_ceil(cols).max(1);
    let (width, height) = (cols * cell - 1, lines * cell - 1);
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let Ok(Some(ctx)) = canvas.get_context("2d") else {
        return;
    };
    let Ok(ctx) = ctx.dyn_into::<CanvasRenderingContext2d>() else {
        return;
    };
    let mut rgba = GAP.repeat(width * height);
    for (i, image) in images.iter().enumerate() {
        let (left, top) = ((i % cols) * cell, (i / cols) * cell);
        for y in 0..side {
            for x in 0..side {
                let ink = 255 - image.as_ref().get(y * side + x).copied().unwrap_or(0);
                let at = ((top + y) * width + left + x) * 4;
                rgba[at..at + 4].copy_from_slice(&[ink, ink, ink, 255]);
            }
        }
    }
    if let Ok(data) =
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), width as u32, height as u32)
    {
        let _ = ctx.put_image_data(&data, 0.0, 0.0);
    }
}

/// Rows of images with an optional label per row; each row is one canvas (a strip of up to 12
/// images per line). The canvases are made once per shape (row labels and image counts): new
/// pictures of the same shape only repaint them, so a refresh during training is a few
/// `putImageData` calls, not dozens of new canvases.
#[component]
pub fn ImageRows(
    /// Rows of images.
    #[prop(into)]
    rows: Signal<Vec<(String, Vec<Vec<u8>>)>>,
    /// `data-testid`.
    testid: &'static str,
    /// The epoch the pictures are from (it names the downloaded PNG).
    #[prop(optional, into)]
    epoch: Signal<Option<u32>>,
) -> impl IntoView {
    let rows = Memo::new(move |_| rows.get());
    let shape = Memo::new(move |_| {
        rows.with(|r| {
            r.iter()
                .map(|(label, images)| (label.clone(), images.len()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="image-rows" data-testid=testid>
            <GridDownload rows=rows what=testid epoch=epoch/>
            {move || shape.get().into_iter().enumerate().map(|(row, (label, count))| {
                let node = NodeRef::<Canvas>::new();
                Effect::new(move |_| {
                    rows.with(|r| {
                        if let (Some((_, images)), Some(canvas)) = (r.get(row), node.get()) {
                            draw_strip(&canvas, images);
                        }
                    });
                });
                let cols = count.clamp(1, PER_LINE);
                let aria = if label.is_empty() { format!("{count} {}", crate::strings::images()) } else { format!("{label}: {count} {}", crate::strings::images()) };
                view! {
                    <div class="image-row" data-count=count>
                        <span class="image-row-label">{label.clone()}</span>
                        <canvas class="image-strip" node_ref=node role="img" aria-label=aria
                            style=("width", format!("{}px", (cols * CELL - 1) * 2))></canvas>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
