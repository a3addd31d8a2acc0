//! Slide 1.33 live: the lecture's `train_gan` on Fashion-MNIST in the browser. Settings (checked
//! against the shared limits), start / pause / resume / reset, progress with epoch, step, time
//! left and ms per step; both phases' losses and D's verdicts per step; at each epoch's end the
//! latest fakes in 8 columns (as `plot_multiple_images`) and a film strip of the same 8 fixed
//! codings, epoch after epoch. The run lives in the engine and survives moving between slides.

use generativa_core::run::{Setting, limit};
use generativa_protocol::dense_gan::{GanOptimizer, GanSettings};
use leptos::children::ViewFn;
use leptos::prelude::*;

use crate::engine::{DataStatus, use_engine};
use crate::format::{clock, thousands};
use crate::strings;
use crate::training_run::RunPhase;
use crate::widgets::address::{self, ShareLink};
use crate::widgets::data_loader::DataLoader;
use crate::widgets::gan_charts::GanCharts;
use crate::widgets::grey_image::ImageRows;
use crate::widgets::judge_score::JudgeScore;
use crate::widgets::jump_ahead::JumpAhead;
use crate::widgets::number_field::{FieldErrors, NumberField};
use crate::widgets::progress_bar::ProgressBar;
use crate::widgets::run_backend_note::RunBackendNote;
use crate::widgets::run_controls::{ControlWords, RunControls};
use crate::widgets::run_error::RunError;
use crate::widgets::run_file::RunFile;
use crate::widgets::speed_line::SpeedLine;

/// The optimizers by their name in the address and the form.
const OPTIMIZERS: [(&str, GanOptimizer); 3] = [
    ("rmsprop", GanOptimizer::RmsProp),
    ("nadam", GanOptimizer::Nadam),
    ("adam", GanOptimizer::Adam),
];

/// The lab, for the image GAN run in context (the dense GAN's, or the DCGAN's where its lab
/// provides it): `title` heads it, `hint` explains the settings, `extra_settings` adds the
/// family's own fields.
#[component]
pub fn GanTrainingLab(
    #[prop(default = strings::gan_train_title())] title: &'static str,
    #[prop(default = strings::gan_settings_hint())] hint: &'static str,
    #[prop(optional, into)] extra_settings: Option<ViewFn>,
) -> impl IntoView {
    let engine = use_engine();
    let gan = super::use_gan();
    let run = gan.run;
    let model = run.model;
    let initial = gan
        .ready
        .get_untracked()
        .map(|r| r.settings)
        .unwrap_or_else(gan.defaults);
    let epochs = RwSignal::new(initial.epochs);
    let batch = RwSignal::new(initial.batch_size);
    let lr_g = RwSignal::new(initial.generator_learning_rate);
    let lr_d = RwSignal::new(initial.discriminator_learning_rate);
    let optimizer = RwSignal::new(initial.optimizer);
    address::choice_from_address("optimizer", &OPTIMIZERS.map(|(k, _)| k), |i| {
        optimizer.set(OPTIMIZERS[i].1)
    });
    let seed = RwSignal::new(initial.seed);
    // A new or loaded run brings its own settings: the fields show them.
    Effect::new(move |_| {
        if let Some(s) = gan.ready.with(|r| r.as_ref().map(|r| r.settings.clone())) {
            epochs.set(s.epochs);
            batch.set(s.batch_size);
            lr_g.set(s.generator_learning_rate);
            lr_d.set(s.discriminator_learning_rate);
            optimizer.set(s.optimizer);
            seed.set(s.seed);
        }
    });
    let wanted = move || GanSettings {
        epochs: epochs.get(),
        batch_size: batch.get(),
        generator_learning_rate: lr_g.get(),
        discriminator_learning_rate: lr_d.get(),
        optimizer: optimizer.get(),
        seed: seed.get(),
        dcgan: gan.switches.get(),
        train_images: None,
    };
    let form = FieldErrors::provide();
    let settings = form.keep_open();
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    let can_start = move || data_ready() && engine.backend.get().is_some() && !form.any();
    let has_run = move || gan.ready.with(Option::is_some);

    let steps_per_epoch = move || {
        gan.ready
            .with(|r| r.as_ref().map_or(0, |r| r.steps_per_epoch))
    };
    let total_epochs = move || {
        gan.ready
            .with(|r| r.as_ref().map_or(0, |r| r.settings.epochs))
    };
    let done_steps = move || {
        u64::from(gan.epochs_done.get()) * u64::from(steps_per_epoch())
            + u64::from(gan.step_in_epoch.get())
    };
    let all_steps = move || u64::from(total_epochs()) * u64::from(steps_per_epoch());
    let percent = Signal::derive(move || {
        let all = all_steps();
        (all > 0).then(|| ((done_steps() as f64 / all as f64) * 100.0).floor() as u32)
    });
    let label = Signal::derive(move || {
        if !has_run() {
            return String::new();
        }
        let epoch_now = (gan.epochs_done.get() + 1).min(total_epochs());
        let mut text = format!(
            "{} {epoch_now}/{} · {} {}/{}",
            strings::vae_epoch(),
            total_epochs(),
            strings::vae_step(),
            gan.step_in_epoch.get(),
            steps_per_epoch()
        );
        let running = !matches!(run.phase.get(), RunPhase::Finished | RunPhase::Diverged);
        if let Some(median) = run.median_millis().filter(|_| running) {
            let left = all_steps().saturating_sub(done_steps()) as f64 * median;
            text.push_str(&format!(" · {} {}", strings::vae_time_left(), clock(left)));
        }
        text
    });
    let last = move || gan.steps.with(|s| s.last().copied());
    let points = Signal::from(gan.steps);
    let fakes = Signal::derive(move || {
        gan.pictures.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.fakes
                        .chunks(8)
                        .map(|row| (String::new(), row.to_vec()))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let film = Signal::derive(move || {
        gan.film.with(|f| {
            f.iter()
                .map(|(epoch, images)| {
                    (
                        format!("{} {epoch}", strings::vae_epoch_axis()),
                        images.clone(),
                    )
                })
                .collect()
        })
    });
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
    let number = |v: f32| format!("{v:.4}");

    view! {
        <section class="lab" data-testid="gan-training-lab">
            <h2 class="lab-title">{title}</h2>
            {move || (!data_ready()).then(|| view! { <DataLoader/> })}
            <details class="settings" open=move || !has_run() node_ref=settings>
                <summary>{strings::gan_settings()}</summary>
                <div class="field-row">
                    <NumberField label=strings::vae_epochs() value=Signal::derive(move || f64::from(epochs.get()))
                        on_value=Callback::new(move |v: f64| epochs.set(v as u32)) min=limit(model, Setting::Epochs).min max=limit(model, Setting::Epochs).max decimals=0 integer=true testid="gan-epochs" param="epochs"/>
                    <NumberField label=strings::vae_batch() value=Signal::derive(move || f64::from(batch.get()))
                        on_value=Callback::new(move |v: f64| batch.set(v as u32)) min=limit(model, Setting::BatchSize).min max=limit(model, Setting::BatchSize).max decimals=0 integer=true testid="gan-batch" param="batch"/>
                    <NumberField label=strings::gan_lr_g() value=Signal::derive(move || lr_g.get())
                        on_value=Callback::new(move |v: f64| lr_g.set(v)) min=limit(model, Setting::LearningRate).min max=limit(model, Setting::LearningRate).max decimals=6 testid="gan-lr-g" param="lr_g"/>
                    <NumberField label=strings::gan_lr_d() value=Signal::derive(move || lr_d.get())
                        on_value=Callback::new(move |v: f64| lr_d.set(v)) min=limit(model, Setting::LearningRate).min max=limit(model, Setting::LearningRate).max decimals=6 testid="gan-lr-d" param="lr_d"/>
                    <NumberField label=strings::vae_seed() value=Signal::derive(move || seed.get() as f64)
                        on_value=Callback::new(move |v: f64| seed.set(v as u64)) min=limit(model, Setting::Seed).min max=limit(model, Setting::Seed).max decimals=0 integer=true testid="gan-seed" param="seed"/>
                    <label class="field">
                        <span>{strings::vae_optimizer()}</span>
                        <select data-testid="gan-optimizer" on:change=move |e| {
                            let key = event_target_value(&e);
                            optimizer.set(OPTIMIZERS.iter().find(|(k, _)| *k == key).map_or(GanOptimizer::RmsProp, |(_, o)| *o));
                            address::set_param("optimizer", Some(&key));
                        }>
                            <option value="rmsprop" selected=move || optimizer.get() == GanOptimizer::RmsProp>"RMSprop"</option>
                            <option value="nadam" selected=move || optimizer.get() == GanOptimizer::Nadam>"Nadam"</option>
                            <option value="adam" selected=move || optimizer.get() == GanOptimizer::Adam>"Adam"</option>
                        </select>
                    </label>
                </div>
                {extra_settings.map(|extra| extra.run())}
                <p class="hint">{hint}</p>
                <ShareLink testid="gan"/>
            </details>
            <RunControls run=run testid="gan" can_start=Signal::derive(can_start)
                on_start=Callback::new(move |_| gan.start(&engine, wanted()))
                on_resume=Callback::new(move |_| gan.resume(&engine))
                on_pause=Callback::new(move |_| run.pause_and_keep(&engine))
                words=ControlWords { start: strings::gan_start(), resume: strings::vae_resume(), reset: strings::vae_reset(), finished: strings::gan_finished() }/>
            <RunBackendNote model=model testid="gan-runs-on"/>
            <RunError run=run reset_label=strings::vae_reset() testid="gan-error"
                on_reset=Callback::new(move |_| gan.start(&engine, wanted()))/>
            <RunFile model=model testid="gan-file"
                can_save=Signal::derive(move || has_run() && !run.diverged())
                can_load=Signal::derive(move || data_ready() && engine.backend.get().is_some())
                before_load=Callback::new(move |_| run.pause())/>
            {gan.shipped_run.map(|shipped| view! { <JumpAhead shipped=shipped state=gan.jump run=gan.run testid="gan"/> })}
            {move || has_run().then(|| view! {
                <div data-testid="gan-progress" data-epochs-done=move || gan.epochs_done.get().to_string()
                    data-steps=move || gan.steps.with(|s| s.last().map_or(0, |p| p.x)).to_string()
                    data-first-d-loss=move || gan.steps.with(|s| s.first().map(|p| p.discriminator_loss.to_string()).unwrap_or_default())
                    data-last-d-loss=move || last().map(|p| p.discriminator_loss.to_string()).unwrap_or_default()
                    data-last-g-loss=move || last().map(|p| p.generator_loss.to_string()).unwrap_or_default()
                    data-median-ms=move || run.median_millis().map(|m| format!("{m:.2}")).unwrap_or_default()
                    data-steps-per-epoch=move || steps_per_epoch().to_string()
                    data-generator-params=move || gan.ready.with(|r| r.as_ref().map_or(0, |r| r.generator_params)).to_string()
                    data-discriminator-params=move || gan.ready.with(|r| r.as_ref().map_or(0, |r| r.discriminator_params)).to_string()>
                    <ProgressBar percent=percent label=label testid="gan-progress-bar"/>
                    <SpeedLine median_ms=Signal::derive(move || run.median_millis()) elapsed_ms=gan.train_millis memory_bytes=gan.memory_bytes/>
                    <p class="counters">
                        {move || last().map(|p| format!("{} {} · {} {} · D(x) {} · D(G(z)) {}",
                            strings::gan_d_loss(), number(p.discriminator_loss), strings::gan_g_loss(), number(p.generator_loss),
                            number(p.d_real), number(p.d_fake)))}
                    </p>
                    <p class="hint">{params}</p>
                </div>
            })}
            <GanCharts points=points x_label=strings::vae_step() testid="gan"
                epoch=Signal::derive(move || Some(gan.epochs_done.get()))/>
            <h3>{strings::gan_fakes()}</h3>
            {move || gan.pictures.with(Option::is_none).then(|| view! { <p class="muted">{strings::gan_train_first()}</p> })}
            <ImageRows rows=fakes testid="gan-fakes" epoch=Signal::derive(move || Some(gan.epochs_done.get()))/>
            <h3>{strings::gan_film()}</h3>
            <ImageRows rows=film testid="gan-film" epoch=Signal::derive(move || Some(gan.epochs_done.get()))/>
            <p class="hint">{strings::gan_film_hint()}</p>
            <h3>{strings::judge_gan_title()}</h3>
            <JudgeScore latest=Signal::derive(move || gan.latest_score.get())
                history=Signal::derive(move || gan.scores.get()) testid="gan-judge"/>
        </section>
    }
}
