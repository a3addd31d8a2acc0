//! Pictures out of the page: every image grid as a PNG (each 28 × 28 image enlarged by a stated
//! whole factor, crisp pixels) and every chart as SVG or PNG, named after the slide, the model
//! and the epoch: `generativa_1-10_vae-reconstructions_epoca-3_x4.png`.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use crate::strings;

/// How much a grid's PNG enlarges each image pixel (28 × 28 → 112 × 112).
pub const GRID_SCALE: usize = 4;
/// How much a chart's PNG enlarges its drawing.
const CHART_SCALE: f64 = 2.0;
/// The grids' gap colour, as on the page.
const GAP: [u8; 4] = [0xd8, 0xd3, 0xc6, 255];
/// Images per line, as on the page.
const PER_LINE: usize = 12;

/// The slide the page shows: `/seccion/1-10` → `1-10`.
fn slide() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    match path.strip_prefix("/seccion/") {
        Some(slug) if !slug.is_empty() => slug.to_owned(),
        _ if path == "/" => "agenda".to_owned(),
        _ => "pagina".to_owned(),
    }
}

/// `generativa_<slide>_<what>[_epoca-<n>][_x<scale>].<ext>`.
pub fn file_name(what: &str, epoch: Option<u32>, scale: Option<usize>, ext: &str) -> String {
    let epoch = epoch
        .map(|e| format!("_{}-{e}", strings::file_epoch()))
        .unwrap_or_default();
    let scale = scale.map(|s| format!("_x{s}")).unwrap_or_default();
    format!("generativa_{}_{what}{epoch}{scale}.{ext}", slide())
}

/// Hands `href` to the browser as a download called `name`.
fn save(href: &str, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(a) = document.create_element("a")
        && let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>()
    {
        a.set_href(href);
        a.set_download(name);
        a.click();
    }
}

/// The PNG size of a grid: `(width, height)` for rows of `counts` images.
pub fn grid_size(counts: &[usize]) -> (usize, usize) {
    let cell = 28 * GRID_SCALE;
    let gap = GRID_SCALE;
    let cols = counts
        .iter()
        .map(|c| (*c).clamp(1, PER_LINE))
        .max()
        .unwrap_or(1);
    let lines: usize = counts.iter().map(|c| c.div_ceil(PER_LINE).max(1)).sum();
    (
        cols * cell + (cols - 1) * gap,
        lines * cell + (lines.max(1) - 1) * gap,
    )
}

/// Draws rows of 28 × 28 images (grey levels, 0 = empty) as one PNG, `PER_LINE` to a line,
/// every pixel `GRID_SCALE` × `GRID_SCALE`; returns its data URL.
fn grid_png(rows: &[Vec<Vec<u8>>]) -> Option<String> {
    let counts: Vec<usize> = rows.iter().map(Vec::len).collect();
    let (width, height) = grid_size(&counts);
    let (cell, gap) = (28 * GRID_SCALE, GRID_SCALE);
    let mut rgba = GAP.repeat(width * height);
    let mut line = 0;
    for images in rows {
        for (i, image) in images.iter().enumerate() {
            let (left, top) = (
                (i % PER_LINE) * (cell + gap),
                (line + i / PER_LINE) * (cell + gap),
            );
            for y in 0..cell {
                for x in 0..cell {
                    let v = image
                        .get((y / GRID_SCALE) * 28 + x / GRID_SCALE)
                        .copied()
                        .unwrap_or(0);
                    let ink = 255 - v;
                    let at = ((top + y) * width + left + x) * 4;
                    rgba[at..at + 4].copy_from_slice(&[ink, ink, ink, 255]);
                }
            }
        }
        line += images.len().div_ceil(PER_LINE).max(1);
    }
    let canvas = new_canvas(width as u32, height as u32)?;
    let ctx = context(&canvas)?;
    let data =
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), width as u32, height as u32)
            .ok()?;
    ctx.put_image_data(&data, 0.0, 0.0).ok()?;
    canvas.to_data_url_with_type("image/png").ok()
}

fn new_canvas(width: u32, height: u32) -> Option<HtmlCanvasElement> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Some(canvas)
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// The chart styles the page's stylesheet gives (a saved SVG carries its own).
const CHART_STYLE: &str = "text{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}\
.chart-grid{stroke:#e7e5de;stroke-width:1}.chart-axis{stroke:#9a9cab;stroke-width:1}\
.chart-tick{font-size:11px;fill:#4a5175}.chart-label{font-size:12px;fill:#4a5175}\
.chart-line{fill:none;stroke-width:2;stroke-linejoin:round}";

/// A chart's `<svg>` as a file of its own: namespace, size, white ground, styles, and its
/// legend written at the bottom.
fn standalone_svg(
    svg: &web_sys::Element,
    legend: &[(String, String)],
) -> Option<(String, f64, f64)> {
    let view_box = svg.get_attribute("viewBox")?;
    let dims: Vec<f64> = view_box
        .split_whitespace()
        .filter_map(|v| v.parse().ok())
        .collect();
    let (w, h) = (*dims.get(2)?, *dims.get(3)?);
    let inner = svg.inner_html();
    let legend_h = if legend.is_empty() { 0.0 } else { 22.0 };
    let mut x = 12.0;
    let mut items = String::new();
    for (label, color) in legend {
        items.push_str(&format!(
            "<line x1=\"{x}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"3\"/>\
             <text class=\"chart-label\" x=\"{}\" y=\"{}\">{}</text>",
            x + 16.0,
            x + 20.0,
            h + 15.0,
            escape(label),
            y = h + 11.0,
        ));
        x += 30.0 + 7.0 * label.chars().count() as f64;
    }
    let total_h = h + legend_h;
    let text = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{total_h}\" viewBox=\"0 0 {w} {total_h}\">\
         <style>{CHART_STYLE}</style><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>{inner}{items}</svg>"
    );
    Some((text, w, total_h))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn svg_data_url(text: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("data:image/svg+xml;charset=utf-8,{encoded}")
}

/// Draws an SVG onto a canvas `CHART_SCALE` times larger and saves it as PNG.
fn save_svg_as_png(text: &str, width: f64, height: f64, name: String) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = document
        .create_element("img")
        .map(|e| e.unchecked_into::<web_sys::HtmlImageElement>())
    else {
        return;
    };
    let drawn = image.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (width * CHART_SCALE, height * CHART_SCALE);
        let Some(canvas) = new_canvas(w as u32, h as u32) else {
            return;
        };
        let Some(ctx) = context(&canvas) else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(&drawn, 0.0, 0.0, w, h);
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            save(&url, &name);
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&svg_data_url(text));
}

/// The download button of an image grid.
#[component]
pub fn GridDownload(
    /// The rows as drawn.
    #[prop(into)]
    rows: Signal<Vec<(String, Vec<Vec<u8>>)>>,
    /// What it shows (its `data-testid`, which names the model).
    what: &'static str,
    /// The epoch its pictures are from, if it says.
    #[prop(into)]
    epoch: Signal<Option<u32>>,
) -> impl IntoView {
    let click = move |_| {
        let images: Vec<Vec<Vec<u8>>> =
            rows.with_untracked(|r| r.iter().map(|(_, i)| i.clone()).collect());
        if let Some(url) = grid_png(&images) {
            save(
                &url,
                &file_name(what, epoch.get_untracked(), Some(GRID_SCALE), "png"),
            );
        }
    };
    view! {
        {move || rows.with(|r| r.iter().any(|(_, i)| !i.is_empty())).then(|| view! {
            <button type="button" class="download small secondary" data-testid=format!("{what}-png")
                title=move || format!("{}{GRID_SCALE}", strings::download_grid_title())
                on:click=click>
                {strings::download_png}
            </button>
        })}
    }
}

/// The SVG and PNG buttons of a chart (its `<svg>` is the first inside `figure`).
#[component]
pub fn ChartDownload(
    /// The chart's figure.
    figure: NodeRef<leptos::html::Figure>,
    /// What it shows (its `data-testid`).
    what: &'static str,
    /// The lines' names and colours, for the saved legend.
    #[prop(into)]
    legend: Signal<Vec<(String, String)>>,
    /// The epoch it reaches, if it says.
    #[prop(into)]
    epoch: Signal<Option<u32>>,
) -> impl IntoView {
    let standalone = move || {
        let figure = figure.get_untracked()?;
        let svg = figure.query_selector("svg").ok()??;
        legend.with_untracked(|l| standalone_svg(&svg, l))
    };
    let as_svg = move |_| {
        if let Some((text, ..)) = standalone() {
            save(
                &svg_data_url(&text),
                &file_name(what, epoch.get_untracked(), None, "svg"),
            );
        }
    };
    let as_png = move |_| {
        if let Some((text, w, h)) = standalone() {
            save_svg_as_png(
                &text,
                w,
                h,
                file_name(what, epoch.get_untracked(), None, "png"),
            );
        }
    };
    view! {
        <span class="downloads">
            <button type="button" class="download small secondary" data-testid=format!("{what}-svg") on:click=as_svg>
                {strings::download_svg}
            </button>
            <button type="button" class="download small secondary" data-testid=format!("{what}-png") on:click=as_png>
                {strings::download_png}
            </button>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_is_28_pixels_per_image_times_the_scale() {
        // 10 originals and 10 reconstructions: two lines of 10.
        assert_eq!(grid_size(&[10, 10]), (10 * 112 + 9 * 4, 2 * 112 + 4));
        // 24 samples: two lines of 12.
        assert_eq!(grid_size(&[24]), (12 * 112 + 11 * 4, 2 * 112 + 4));
        assert_eq!(grid_size(&[1]), (112, 112));
    }
}
