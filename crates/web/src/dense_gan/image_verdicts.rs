//! Images each with a few numbers under it (a target, D's outputs): the strip of slide 1.30 and
//! the batches of the step mode (1.32). Each image is one small canvas; the numbers are text,
//! so tests and screen readers read them.

use leptos::prelude::*;

use crate::widgets::grey_image::GreyImage;

/// One image and its numbers.
#[derive(Clone, PartialEq)]
pub struct Captioned {
    /// 784 grey levels.
    pub pixels: Vec<u8>,
    /// Lines under the image.
    pub lines: Vec<String>,
    /// D's probability "real", drawn as a bar (None: no bar).
    pub verdict: Option<f32>,
    /// `real` or `fake` (its frame colour).
    pub kind: &'static str,
}

/// A grid of captioned images.
#[component]
pub fn CaptionedImages(
    /// The images.
    #[prop(into)]
    items: Signal<Vec<Captioned>>,
    /// `data-testid` of the grid.
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="captioned-grid" data-testid=testid data-count=move || items.with(Vec::len).to_string()>
            {move || items.get().into_iter().enumerate().map(|(i, item)| {
                let label = format!("{} {}: {}", item.kind, i + 1, item.lines.join(", "));
                view! {
                    <figure class=format!("captioned {}", item.kind)>
                        <GreyImage pixels=item.pixels label=label/>
                        {item.verdict.map(|p| view! {
                            <span class="verdict-bar" title=format!("D = {p:.3}")>
                                <span style=("width", format!("{:.0}%", p.clamp(0.0, 1.0) * 100.0))></span>
                            </span>
                        })}
                        <figcaption>{item.lines.into_iter().map(|l| view! { <span>{l}</span> }).collect_view()}</figcaption>
                    </figure>
                }
            }).collect_view()}
        </div>
    }
}
