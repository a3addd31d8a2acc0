//! Slide 1.3's score: the judge looks at 2,000 images the VAE generates from random codings
//! and puts them on the same scale as the dense GAN's (1.33).

use leptos::prelude::*;

use crate::engine::use_engine;
use crate::strings;
use crate::widgets::judge_score::JudgeScore;

/// The button and the verdict.
#[component]
pub fn VaeJudgeLab() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_vae();
    let has_model = move || run.ready.with(Option::is_some);
    let busy = move || run.scoring.get();
    view! {
        <section class="lab" data-testid="vae-judge-lab">
            <h2 class="lab-title">{strings::judge_vae_title()}</h2>
            <button class="primary" data-testid="vae-score"
                disabled=move || !has_model() || busy()
                on:click=move |_| run.ask_score(&engine)>
                {move || if run.scoring.get() { strings::judge_scoring() } else { strings::judge_score_vae() }}
            </button>
            {move || (!has_model()).then(|| view! { <p class="muted">{strings::vae_train_first()}</p> })}
            <JudgeScore latest=Signal::derive(move || run.score.get()) testid="vae-judge"/>
            <p class="hint">{strings::judge_vae_hint()}</p>
        </section>
    }
}
