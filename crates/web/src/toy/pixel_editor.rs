//! The 3×3 screen as something to draw on: click or drag to paint a grey level, ↑/↓ on a
//! focused pixel to nudge it, presets for the slides' pictures.

use generativa_core::toy_gan::screen::{
    O_PATTERN, PIXELS, SLIDE_NOISE, SLIDE_X, Screen, X_PATTERN,
};
use leptos::prelude::*;

use crate::strings;

/// A starting picture: its name in the address, its label, its pixels.
pub type Preset = (&'static str, fn() -> &'static str, Screen);

/// The pictures a student can start from.
pub const PRESETS: [Preset; 5] = [
    ("x-diapositiva", strings::toy_preset_slide_x, SLIDE_X),
    ("x", strings::toy_preset_x, X_PATTERN),
    ("o", strings::toy_preset_o, O_PATTERN),
    ("ruido", strings::toy_preset_noise, SLIDE_NOISE),
    ("vacia", strings::toy_preset_empty, [0.0; PIXELS]),
];

/// The preset called `name` (the lecture file's lab argument), if any.
pub fn preset(name: &str) -> Option<Screen> {
    PRESETS
        .iter()
        .find(|(key, ..)| *key == name)
        .map(|(.., p)| *p)
}

/// Rounds to hundredths, so painted values read as the slides write them.
fn tidy(v: f32) -> f32 {
    (v.clamp(0.0, 1.0) * 100.0).round() / 100.0
}

/// The editor.
#[component]
pub fn PixelEditor(
    /// The picture being edited.
    picture: RwSignal<Screen>,
) -> impl IntoView {
    let brush = RwSignal::new(1.0f32);
    let painting = RwSignal::new(false);
    let paint = move |i: usize| picture.update(|p| p[i] = tidy(brush.get_untracked()));
    let cells = (0..PIXELS)
        .map(|i| {
            let value = move || picture.with(|p| p[i]);
            let style = move || {
                let v = value();
                // The number sits on its own light chip (see `.pixel-value`).
                format!("rgba(24, 28, 56, {v:.3})")
            };
            view! {
                <button
                    class="pixel editable"
                    data-testid=format!("pixel-{i}")
                    data-value=move || format!("{:.2}", value())
                    aria-label=move || format!("{} {} · {:.2}", strings::toy_pixel(), i + 1, value())
                    style=("background-color", style)
                    on:pointerdown=move |e| {
                        e.prevent_default();
                        painting.set(true);
                        paint(i);
                    }
                    on:pointerenter=move |_| if painting.get_untracked() { paint(i) }
                    on:click=move |_| paint(i)
                    on:keydown=move |e: web_sys::KeyboardEvent| {
                        let delta = match e.key().as_str() {
                            "ArrowUp" => 0.1,
                            "ArrowDown" => -0.1,
                            _ => return,
                        };
                        e.prevent_default();
                        e.stop_propagation();
                        picture.update(|p| p[i] = tidy(p[i] + delta));
                    }
                >
                    <span class="pixel-value">{move || format!("{:.2}", value())}</span>
                </button>
            }
        })
        .collect_view();
    let presets = PRESETS
        .iter()
        .map(|(key, label, values)| {
            let values = *values;
            view! {
                <button class="secondary small" data-testid=format!("preset-{key}") on:click=move |_| picture.set(values)>
                    {label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="pixel-editor" data-testid="pixel-editor">
            <div class="pixel-grid" on:pointerup=move |_| painting.set(false) on:pointerleave=move |_| painting.set(false)>
                {cells}
            </div>
            <div class="pixel-tools">
                <label class="field">
                    <span>{strings::toy_brush()}" "<output data-testid="brush-value">{move || format!("{:.2}", brush.get())}</output></span>
                    <input type="range" min="0" max="1" step="0.05" data-testid="brush"
                        prop:value=move || brush.get().to_string()
                        on:input=move |e| { if let Ok(v) = event_target_value(&e).parse::<f32>() { brush.set(v) } }/>
                </label>
                <div class="preset-row">{presets}</div>
                <p class="hint">{strings::toy_editor_hint()}</p>
            </div>
        </div>
    }
}
