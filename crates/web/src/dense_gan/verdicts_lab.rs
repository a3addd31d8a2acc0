//! Slide 1.30 live: the discriminator of the student's run judging a strip of real images
//! (validation images it never trained on) and of generated ones (fixed codings), each with
//! its probability "real". While the run trains the strip is asked again every few seconds.

use leptos::prelude::*;

use super::image_verdicts::{Captioned, CaptionedImages};
use crate::dense_gan::needs_run::NeedsRun;
use crate::engine::use_engine;
use crate::strings;

/// Ask again at most this often while the run trains (milliseconds).
const EVERY_MS: f64 = 3_000.0;

fn captioned(images: &[Vec<u8>], verdicts: &[f32], kind: &'static str) -> Vec<Captioned> {
    images
        .iter()
        .zip(verdicts)
        .map(|(pixels, &p)| Captioned {
            pixels: pixels.clone(),
            lines: vec![format!("D = {p:.2}")],
            verdict: Some(p),
            kind,
        })
        .collect()
}

/// The lab.
#[component]
pub fn VerdictsLab() -> impl IntoView {
    let engine = use_engine();
    let gan = super::use_gan();
    let look = gan.look;
    let asked_at = StoredValue::new(f64::NEG_INFINITY);
    Effect::new(move |_| {
        gan.steps.with(Vec::len);
        gan.run.generation.track();
        if !gan.run.exists.get() {
            return;
        }
        let now = js_sys::Date::now();
        if now - asked_at.get_value() >= EVERY_MS {
            asked_at.set_value(now);
            look.ask_verdicts(&engine);
        }
    });
    let reals = Signal::derive(move || {
        look.verdicts.with(|v| {
            v.as_ref()
                .map(|v| captioned(&v.reals, &v.real, "real"))
                .unwrap_or_default()
        })
    });
    let fakes = Signal::derive(move || {
        look.verdicts.with(|v| {
            v.as_ref()
                .map(|v| captioned(&v.fakes, &v.fake, "fake"))
                .unwrap_or_default()
        })
    });
    let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len().max(1) as f32;
    view! {
        <section class="lab" data-testid="gan-verdicts-lab">
            <h2 class="lab-title">{strings::gan_verdicts_title()}</h2>
            <NeedsRun/>
            <div data-testid="gan-verdicts"
                data-steps=move || look.verdicts.with(|v| v.as_ref().map(|v| v.steps.to_string()).unwrap_or_default())
                data-mean-real=move || look.verdicts.with(|v| v.as_ref().map(|v| format!("{:.4}", mean(&v.real))).unwrap_or_default())
                data-mean-fake=move || look.verdicts.with(|v| v.as_ref().map(|v| format!("{:.4}", mean(&v.fake))).unwrap_or_default())>
                <h3>{strings::gan_verdicts_reals()}</h3>
                <CaptionedImages items=reals testid="gan-verdicts-reals"/>
                <h3>{strings::gan_verdicts_fakes()}</h3>
                <CaptionedImages items=fakes testid="gan-verdicts-fakes"/>
                <p class="counters">{move || look.verdicts.with(|v| v.as_ref().map(|v| format!(
                    "{} {} · {} {:.2} · {} {:.2}", strings::gan_verdicts_at(), v.epochs_done,
                    strings::gan_verdicts_mean_real(), mean(&v.real), strings::gan_verdicts_mean_fake(), mean(&v.fake))))}</p>
            </div>
            <button data-testid="gan-verdicts-refresh" disabled=move || !gan.run.exists.get()
                on:click=move |_| look.ask_verdicts(&engine)>{strings::gan_verdicts_refresh()}</button>
            <p class="hint">{strings::gan_verdicts_lab_hint()}</p>
        </section>
    }
}
