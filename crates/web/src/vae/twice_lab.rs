//! Slide 1.1 to poke at: a VAE is probabilistic — the same image encoded twice gives the same
//! μ and σ but two different codings, and so two different reconstructions — and generative:
//! random codings decode into new images.

use generativa_protocol::VaeCommand;
use generativa_protocol::vae::MODEL;
use leptos::prelude::*;

use crate::engine::use_engine;
use crate::strings;
use crate::vae::fashion_class;
use crate::vae::pretrained::PretrainedNote;
use crate::widgets::grey_image::{GreyImage, ImageRows};

fn vector(v: &[f32]) -> String {
    format!(
        "[{}]",
        v.iter()
            .map(|x| format!("{x:+.2}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The lab.
#[component]
pub fn TwiceLab() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_vae();
    let index = RwSignal::new(0u32);
    let ask = move || {
        engine.send_model(
            MODEL,
            &VaeCommand::Twice {
                index: index.get_untracked(),
            },
        )
    };
    let seed = RwSignal::new(0u64);
    let samples = Signal::derive(move || {
        run.pictures.with(|p| {
            p.as_ref()
                .map(|p| vec![(String::new(), p.samples.clone())])
                .unwrap_or_default()
        })
    });
    view! {
        <section class="lab" data-testid="vae-twice-lab">
            <h2 class="lab-title">{strings::vae_twice_title()}</h2>
            <PretrainedNote/>
            <div class="panel-actions">
                <button data-testid="vae-twice" disabled=move || run.ready.with(|r| r.is_none()) on:click=move |_| ask()>{strings::vae_twice_button()}</button>
                <button class="secondary" data-testid="vae-twice-next" disabled=move || run.ready.with(|r| r.is_none())
                    on:click=move |_| { index.update(|i| *i = (*i + 1) % 5_000); ask(); }>{strings::vae_twice_other()}</button>
            </div>
            {move || run.ready.with(|r| r.is_none()).then(|| view! { <p class="muted">{strings::vae_train_first()}</p> })}
            {move || run.twice.get().map(|t| view! {
                <div class="twice" data-testid="vae-twice-result">
                    <figure class="twice-original">
                        <GreyImage pixels=Signal::stored(t.original.clone()) label=strings::vae_original()/>
                        <figcaption>{format!("{} {} · {}", strings::vae_validation_image(), t.index + 1, fashion_class(usize::from(t.label)))}</figcaption>
                    </figure>
                    <dl class="facts mono">
                        <dt>"μ"</dt><dd>{vector(&t.mean)}</dd>
                        <dt>"σ"</dt><dd>{vector(&t.sigma)}</dd>
                        <dt>"z₁"</dt><dd data-testid="vae-twice-z1">{vector(&t.codings[0])}</dd>
                        <dt>"z₂"</dt><dd data-testid="vae-twice-z2">{vector(&t.codings[1])}</dd>
                    </dl>
                    <div class="twice-recons">
                        {t.reconstructions.iter().enumerate().map(|(k, r)| view! {
                            <figure><GreyImage pixels=Signal::stored(r.clone()) label=format!("{} {}", strings::vae_reconstruction(), k + 1)/>
                            <figcaption>{format!("{} z{}", strings::vae_decoded(), ["₁", "₂"][k % 2])}</figcaption></figure>
                        }).collect_view()}
                    </div>
                </div>
            })}
            <p class="hint">{strings::vae_twice_hint()}</p>
            <h3>{strings::vae_new_images()}</h3>
            <ImageRows rows=samples testid="vae-twice-samples"/>
            <button class="secondary" data-testid="vae-twice-generate" disabled=move || run.ready.with(|r| r.is_none())
                on:click=move |_| {
                    seed.update(|s| *s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407) | 1);
                    run.refresh_pictures(&engine, seed.get_untracked());
                }>{strings::vae_generate()}</button>
        </section>
    }
}
