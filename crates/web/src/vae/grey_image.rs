//! A 28 × 28 grey image (0–255) drawn on a canvas, enlarged with crisp pixels, and a grid of
//! them (`plot_reconstructions`, generated samples). Dark ink on white, as the lecture's plots.

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, ImageData};

fn draw(canvas: &web_sys::HtmlCanvasElement, pixels: &[u8], side: u32) {
    let Ok(Some(ctx)) = canvas.get_context("2d") else { return };
    let Ok(ctx) = ctx.dyn_into::<CanvasRenderingContext2d>() else { return };
    let mut rgba = Vec::with_capacity(pixels.len() * 4);
    for &p in pixels {
        let v = 255 - p; // ink: 255 = black
        rgba.extend_from_slice(&[v, v, v, 255]);
    }
    if rgba.len() != (side * side * 4) as usize {
        return;
    }
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), side, side) {
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}

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
            draw(&canvas, &p, 28);
        }
    });
    view! { <canvas class="grey-image" width="28" height="28" node_ref=node aria-label=label role="img"></canvas> }
}

/// Rows of images with an optional label per row.
#[component]
pub fn ImageRows(
    /// Rows of images.
    #[prop(into)]
    rows: Signal<Vec<(String, Vec<Vec<u8>>)>>,
    /// `data-testid`.
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="image-rows" data-testid=testid>
            {move || rows.get().into_iter().map(|(label, images)| {
                let count = images.len();
                view! {
                    <div class="image-row" data-count=count>
                        <span class="image-row-label">{label.clone()}</span>
                        <div class="image-row-images">
                            {images.into_iter().enumerate().map(|(i, img)| {
                                view! { <GreyImage pixels=Signal::stored(img) label=format!("{label} {}", i + 1)/> }
                            }).collect_view()}
                        </div>
                    </div>
                }
            }).collect_view()}
        </div>
    }
}
