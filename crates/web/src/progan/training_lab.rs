//! Slide 1.35 live: the small progressive GAN grows 4 → 8 → 16 → 32 in the browser. Settings
//! (a class preset, tiny phases for a quick look, or phases of any length; batch, learning
//! rate, seed, and the switches of 1.38 and 1.39), start / pause / resume / reset, progress
//! with the level and α, the network drawn as it stands, the time each level took, both
//! phases' losses and D's verdicts, the fixed codings now and at each level's end, and the
//! judge's score once grown. The run lives in the engine and survives moving between slides.

use generativa_core::run::{Setting, limit};
use generativa_protocol::progan::{CLASS_PHASE_IMAGES, MODEL, ProganSettings, TINY_PHASE_IMAGES};
use leptos::prelude::*;

use super::growth_diagram::GrowthDiagram;
use super::{use_progan, words};
use crate::engine::{DataStatus, use_engine};
use crate::format::{clock, thousands};
use crate::strings;
use crate::training_run::RunPhase;
use crate::widgets::address::{self, ShareLink};
use crate::widgets::data_loader::DataLoader;
use crate::widgets::gan_charts::GanCharts;
use crate::widgets::judge_score::JudgeScore;
use crate::widgets::jump_ahead::JumpAhead;
use crate::widgets::number_field::{FieldErrors, NumberField};
use crate::widgets::progress_bar::ProgressBar;
use crate::widgets::run_backend_note::RunBackendNote;
use crate::widgets::run_controls::{ControlWords, RunControls};
use crate::widgets::run_error::RunError;
use crate::widgets::run_file::RunFile;
use crate::widgets::speed_line::SpeedLine;
use crate::widgets::switch::AddressSwitch;
use crate::widgets::tile_grid::TileGrid;

/// The presets by their name in the address and the form: (key, images per phase).
const PRESETS: [(&str, Option<u32>); 3] = [
    ("clase", Some(CLASS_PHASE_IMAGES)),
    ("diminutas", Some(TINY_PHASE_IMAGES)),
    ("medida", None),
];

/// Screen width of one tile, whatever its side (so the levels line up).
const TILE_PX: usize = 64;

/// The lab.
#[component]
pub fn ProganTrainingLab() -> impl IntoView {
    let engine = use_engine();
    let gan = use_progan();
    let run = gan.run;
    let initial = gan
        .ready
        .get_untracked()
        .map(|r| r.settings)
        .unwrap_or_default();
    let phase_images = RwSignal::new(
        initial
            .stable_images
            .first()
            .copied()
            .unwrap_or(CLASS_PHASE_IMAGES),
    );
    let preset = RwSignal::new(
        PRESETS
            .iter()
            .position(|(_, n)| *n == Some(phase_images.get_untracked()))
            .unwrap_or(2),
    );
    address::choice_from_address("duracion", &PRESETS.map(|(k, _)| k), |i| {
        preset.set(i);
        if let Some(n) = PRESETS[i].1 {
            phase_images.set(n);
        }
    });
    let batch = RwSignal::new(initial.batch_size);
    let lr = RwSignal::new(initial.learning_rate);
    let seed = RwSignal::new(initial.seed);
    let minibatch_std = RwSignal::new(initial.minibatch_std);
    let pixel_norm = RwSignal::new(initial.pixel_norm);
    // A new or loaded run brings its own settings: the fields show them.
    Effect::new(move |_| {
        if let Some(s) = gan.ready.with(|r| r.as_ref().map(|r| r.settings.clone())) {
            let n = s
                .stable_images
                .first()
                .copied()
                .unwrap_or(CLASS_PHASE_IMAGES);
            phase_images.set(n);
            preset.set(PRESETS.iter().position(|(_, p)| *p == Some(n)).unwrap_or(2));
            batch.set(s.batch_size);
            lr.set(s.learning_rate);
            seed.set(s.seed);
            minibatch_std.set(s.minibatch_std);
            pixel_norm.set(s.pixel_norm);
        }
    });
    let wanted = move || ProganSettings {
        batch_size: batch.get(),
        learning_rate: lr.get(),
        seed: seed.get(),
        minibatch_std: minibatch_std.get(),
        pixel_norm: pixel_norm.get(),
        ..ProganSettings::with_phases(phase_images.get())
    };
    let form = FieldErrors::provide();
    let settings = form.keep_open();
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    let can_start = move || data_ready() && engine.backend.get().is_some() && !form.any();
    let has_run = move || gan.ready.with(Option::is_some);

    let total_images = move || {
        gan.ready
            .with(|r| r.as_ref().map_or(0, |r| r.settings.total_images()))
    };
    let done_images = move || gan.stage.with(|s| s.map_or(0, |s| s.images_done));
    let percent = Signal::derive(move || {
        let all = total_images();
        (all > 0).then(|| ((done_images() as f64 / all as f64) * 100.0).floor() as u32)
    });
    // The phase the run is in: (images done in it, its images).
    let phase_now = move || {
        let done = done_images();
        gan.ready.with(|r| {
            let mut start = 0u64;
            for p in r.as_ref()?.phases.iter() {
                let end = start + u64::from(p.images);
                if done < end {
                    return Some((done - start, u64::from(p.images)));
                }
                start = end;
            }
            None
        })
    };
    let label = Signal::derive(move || {
        let Some(stage) = gan.stage.get() else {
            return String::new();
        };
        let side = 4u32 << stage.level;
        let what = if stage.fading {
            format!("{} {:.2}", words::fading(), stage.alpha)
        } else {
            words::stable().to_owned()
        };
        let mut text = format!(
            "{} {side} × {side} · {what} · {} {}/{}",
            words::level(),
            words::images(),
            thousands(stage.images_done),
            thousands(total_images())
        );
        let running = !matches!(run.phase.get(), RunPhase::Finished | RunPhase::Diverged);
        let batch = gan
            .ready
            .with(|r| r.as_ref().map_or(1, |r| r.settings.batch_size.max(1)));
        if let (Some(median), Some((done, length))) =
            (run.median_millis().filter(|_| running), phase_now())
        {
            let left = (length - done).div_ceil(u64::from(batch)) as f64 * median;
            text.push_str(&format!(" · {} {}", words::phase_left(), clock(left)));
        }
        text
    });
    let last = move || gan.steps.with(|s| s.last().copied());
    let points = Signal::from(gan.steps);
    let params = move || {
        gan.ready.with(|r| {
            r.as_ref().map(|r| {
                format!(
                    "G: {} {} · D: {} {}",
                    thousands(r.generator_params),
                    strings::gan_params(),
                    thousands(r.discriminator_params),
                    strings::gan_params()
                )
            })
        })
    };
    let now = move || gan.pictures.with(|p| p.as_ref().map(|p| p.now.clone()));
    let level_rows = move || {
        gan.pictures
            .with(|p| p.as_ref().map(|p| p.levels.clone()).unwrap_or_default())
    };
    let times = move || {
        let times = gan.level_millis.get();
        let total: f64 = times.iter().sum();
        times
            .into_iter()
            .enumerate()
            .map(|(level, ms)| {
                (
                    level,
                    ms,
                    if total > 0.0 { ms / total * 100.0 } else { 0.0 },
                )
            })
            .collect::<Vec<_>>()
    };
    let number = |v: f32| format!("{v:.4}");
    let model = MODEL;

    view! {
        <section class="lab" data-testid="progan-lab">
            <h2 class="lab-title">{words::train_title()}</h2>
            <p class="hint">{words::model_hint()}</p>
            {move || (!data_ready()).then(|| view! { <DataLoader/> })}
            <details class="settings" open=move || !has_run() node_ref=settings>
                <summary>{words::settings()}</summary>
                <div class="field-row">
                    <label class="field">
                        <span>{words::preset()}</span>
                        <select data-testid="progan-preset" on:change=move |e| {
                            let key = event_target_value(&e);
                            let i = PRESETS.iter().position(|(k, _)| *k == key).unwrap_or(0);
                            preset.set(i);
                            if let Some(n) = PRESETS[i].1 {
                                phase_images.set(n);
                            }
                            address::set_param("duracion", Some(&key));
                        }>
                            <option value="clase" selected=move || preset.get() == 0>{words::preset_class()}</option>
                            <option value="diminutas" selected=move || preset.get() == 1>{words::preset_tiny()}</option>
                            <option value="medida" selected=move || preset.get() == 2>{words::preset_custom()}</option>
                        </select>
                    </label>
                    <NumberField label=words::phase_images() value=Signal::derive(move || f64::from(phase_images.get()))
                        on_value=Callback::new(move |v: f64| {
                            phase_images.set(v as u32);
                            preset.set(PRESETS.iter().position(|(_, p)| *p == Some(v as u32)).unwrap_or(2));
                        })
                        min=limit(model, Setting::PhaseImages).min max=limit(model, Setting::PhaseImages).max decimals=0 integer=true testid="progan-phase-images" param="fase"/>
                    <NumberField label=strings::vae_batch() value=Signal::derive(move || f64::from(batch.get()))
                        on_value=Callback::new(move |v: f64| batch.set(v as u32)) min=limit(model, Setting::BatchSize).min max=limit(model, Setting::BatchSize).max decimals=0 integer=true testid="progan-batch" param="batch"/>
                    <NumberField label=words::learning_rate() value=Signal::derive(move || lr.get())
                        on_value=Callback::new(move |v: f64| lr.set(v)) min=limit(model, Setting::LearningRate).min max=limit(model, Setting::LearningRate).max decimals=6 testid="progan-lr" param="lr"/>
                    <NumberField label=strings::vae_seed() value=Signal::derive(move || seed.get() as f64)
                        on_value=Callback::new(move |v: f64| seed.set(v as u64)) min=limit(model, Setting::Seed).min max=limit(model, Setting::Seed).max decimals=0 integer=true testid="progan-seed" param="seed"/>
                </div>
                <fieldset class="switches">
                    <AddressSwitch label=words::std_switch() testid="progan-mbstd" param="mbstd"
                        checked=Signal::derive(move || minibatch_std.get())
                        on_change=Callback::new(move |on| minibatch_std.set(on))/>
                    <AddressSwitch label=words::pixel_switch() testid="progan-pixelnorm" param="pixelnorm"
                        checked=Signal::derive(move || pixel_norm.get())
                        on_change=Callback::new(move |on| pixel_norm.set(on))/>
                </fieldset>
                <p class="hint">{words::settings_hint()}</p>
                <ShareLink testid="progan"/>
            </details>
            <RunControls run=run testid="progan" can_start=Signal::derive(can_start)
                on_start=Callback::new(move |_| gan.start(&engine, wanted()))
                on_resume=Callback::new(move |_| gan.resume(&engine))
                on_pause=Callback::new(move |_| run.pause_and_keep(&engine))
                words=ControlWords { start: words::start(), resume: strings::vae_resume(), reset: strings::vae_reset(), finished: words::finished() }/>
            <JumpAhead shipped=super::SHIPPED state=gan.jump run=run testid="progan"/>
            <RunBackendNote model=model testid="progan-runs-on"/>
            <RunError run=run reset_label=strings::vae_reset() testid="progan-error"
                on_reset=Callback::new(move |_| gan.start(&engine, wanted()))/>
            <RunFile model=model testid="progan-file"
                can_save=Signal::derive(move || has_run() && !run.diverged())
                can_load=Signal::derive(move || data_ready() && engine.backend.get().is_some())
                before_load=Callback::new(move |_| run.pause())/>
            {move || has_run().then(|| view! {
                <div data-testid="progan-progress"
                    data-images=move || done_images().to_string()
                    data-level=move || gan.stage.with(|s| s.map_or(0, |s| s.level)).to_string()
                    data-alpha=move || gan.stage.with(|s| s.map_or(0.0, |s| s.alpha)).to_string()
                    data-finished=move || gan.stage.with(|s| s.is_some_and(|s| s.finished)).to_string()
                    data-last-d-loss=move || last().map(|p| p.discriminator_loss.to_string()).unwrap_or_default()
                    data-last-g-loss=move || last().map(|p| p.generator_loss.to_string()).unwrap_or_default()
                    data-median-ms=move || run.median_millis().map(|m| format!("{m:.2}")).unwrap_or_default()
                    data-memory=move || gan.memory_bytes.get().to_string()
                    data-generator-params=move || gan.ready.with(|r| r.as_ref().map_or(0, |r| r.generator_params)).to_string()>
                    <ProgressBar percent=percent label=label testid="progan-progress-bar"/>
                    <SpeedLine median_ms=Signal::derive(move || run.median_millis()) elapsed_ms=gan.train_millis memory_bytes=gan.memory_bytes/>
                    <p class="counters">
                        {move || last().map(|p| format!("{} {} · {} {} · D(x) {} · D(G(z)) {}",
                            strings::gan_d_loss(), number(p.discriminator_loss), strings::gan_g_loss(), number(p.generator_loss),
                            number(p.d_real), number(p.d_fake)))}
                    </p>
                    <p class="hint">{params}</p>
                </div>
            })}
            <GrowthDiagram ready=gan.ready stage=gan.stage/>
            {move || (!gan.level_millis.with(Vec::is_empty)).then(|| view! {
                <table class="level-times" data-testid="progan-level-times">
                    <caption>{words::levels_title()}</caption>
                    <thead><tr><th scope="col">{words::col_side()}</th><th scope="col">{words::col_time()}</th><th scope="col">{words::col_share()}</th></tr></thead>
                    <tbody>
                        {times().into_iter().map(|(level, ms, share)| {
                            let side = 4u32 << level;
                            view! { <tr data-level=level.to_string() data-ms=format!("{ms:.0}")><td>{format!("{side} × {side}")}</td><td class="num">{clock(ms)}</td><td class="num">{format!("{share:.0} %")}</td></tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            <GanCharts points=points x_label=words::images_axis() testid="progan"/>
            <h3>{words::pictures_now()}</h3>
            {move || match now() {
                None => view! { <p class="muted">{strings::gan_train_first()}</p> }.into_any(),
                Some(images) => {
                    let side = images.side as usize;
                    view! {
                        <TileGrid maps=images.images side=side per_line=8 scale=(TILE_PX / side).max(1)
                            label=format!("{side} × {side}") testid="progan-now"/>
                    }.into_any()
                }
            }}
            <h3>{words::pictures_levels()}</h3>
            <div class="level-rows" data-testid="progan-levels" data-count=move || level_rows().len().to_string()>
                {move || level_rows().into_iter().map(|images| {
                    let side = images.side as usize;
                    view! {
                        <TileGrid maps=images.images side=side per_line=8 scale=(TILE_PX / side).max(1)
                            label=format!("{side} × {side}") testid="progan-level-row"/>
                    }
                }).collect_view()}
            </div>
            <p class="hint">{words::pictures_hint()}</p>
            <h3>{words::judge_title()}</h3>
            <JudgeScore latest=Signal::derive(move || gan.latest_score.get()) testid="progan-judge" moment=words::judge_moment/>
            <p class="hint">{words::judge_hint()}</p>
        </section>
    }
}
