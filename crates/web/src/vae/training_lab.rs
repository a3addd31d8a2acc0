//! Slide 1.10 live: train the lecture's VAE on Fashion-MNIST in the browser. Settings (checked,
//! with a message for a bad value), start / pause / resume / reset, a progress bar with epoch,
//! step and time left, loss curves, `plot_reconstructions` and generated images. The run lives
//! in the engine and survives moving between slides 1.1–1.10.

use generativa_core::run::{Setting, limit};
use generativa_protocol::vae::MODEL;
use generativa_protocol::{BackendKind, VaeOptimizer, VaeReconstruction, VaeSettings};
use leptos::prelude::*;

use crate::engine::{DataStatus, use_engine};
use crate::format::clock;
use crate::strings;
use crate::training_run::RunPhase;
use crate::vae::loss_charts::LossCharts;
use crate::widgets::address::{self, ShareLink};
use crate::widgets::data_loader::DataLoader;
use crate::widgets::grey_image::ImageRows;
use crate::widgets::number_field::{FieldErrors, NumberField};
use crate::widgets::progress_bar::ProgressBar;
use crate::widgets::run_backend_note::RunBackendNote;
use crate::widgets::run_controls::{ControlWords, RunControls};
use crate::widgets::run_error::RunError;
use crate::widgets::run_file::RunFile;
use crate::widgets::speed_line::speed_text;

/// The lab.
#[component]
pub fn VaeTrainingLab() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_vae();
    let initial = run
        .ready
        .get_untracked()
        .map(|r| r.settings)
        .unwrap_or_default();
    let epochs = RwSignal::new(initial.epochs);
    let batch = RwSignal::new(initial.batch_size);
    let lr = RwSignal::new(initial.learning_rate);
    let optimizer = RwSignal::new(initial.optimizer);
    let reconstruction = RwSignal::new(initial.reconstruction);
    let seed = RwSignal::new(initial.seed);
    address::choice_from_address("optimizer", &["nadam", "adam"], |i| {
        optimizer.set([VaeOptimizer::Nadam, VaeOptimizer::Adam][i])
    });
    address::choice_from_address("loss", &["mse", "bce"], |i| {
        reconstruction.set([VaeReconstruction::Mse, VaeReconstruction::Bce][i])
    });
    // A new or loaded run brings its own settings: the fields show them.
    Effect::new(move |_| {
        if let Some(s) = run.ready.with(|r| r.as_ref().map(|r| r.settings.clone())) {
            epochs.set(s.epochs);
            batch.set(s.batch_size);
            lr.set(s.learning_rate);
            optimizer.set(s.optimizer);
            reconstruction.set(s.reconstruction);
            seed.set(s.seed);
        }
    });
    let wanted = move || VaeSettings {
        epochs: epochs.get(),
        batch_size: batch.get(),
        learning_rate: lr.get(),
        optimizer: optimizer.get(),
        reconstruction: reconstruction.get(),
        seed: seed.get(),
    };
    let form = FieldErrors::provide();
    let settings = form.keep_open();
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    let can_start = move || data_ready() && engine.backend.get().is_some() && !form.any();
    let phase = move || run.run.phase.get();
    // The student's own run (the shipped pre-trained model, shown on 1.1–1.3, is not trained
    // here: 1.10 starts from scratch).
    let own = move || run.ready.with(Option::is_some) && !run.pretrained.get();

    let steps_per_epoch = move || {
        run.ready
            .with(|r| r.as_ref().map_or(0, |r| r.steps_per_epoch))
    };
    let total_epochs = move || {
        run.ready
            .with(|r| r.as_ref().map_or(0, |r| r.settings.epochs))
    };
    let done_steps = move || run.epochs_done.get() * steps_per_epoch() + run.step_in_epoch.get();
    let all_steps = move || total_epochs() * steps_per_epoch();
    let percent = Signal::derive(move || {
        let all = all_steps();
        (all > 0).then(|| ((f64::from(done_steps()) / f64::from(all)) * 100.0).floor() as u32)
    });
    let time_left = move || {
        let median = run.run.median_millis()?;
        let remaining = f64::from(all_steps().saturating_sub(done_steps()));
        let epochs_left = f64::from(total_epochs().saturating_sub(run.epochs_done.get()));
        let per_epoch_other = if run.epochs_done.get() > 0 {
            run.other_millis.get() / f64::from(run.epochs_done.get())
        } else {
            0.0
        };
        Some(remaining * median + epochs_left * per_epoch_other)
    };
    let label = Signal::derive(move || {
        if run.ready.with(|r| r.is_none()) {
            return String::new();
        }
        let epoch_now = (run.epochs_done.get() + 1).min(total_epochs());
        let mut text = format!(
            "{} {epoch_now}/{} · {} {}/{}",
            strings::vae_epoch(),
            total_epochs(),
            strings::vae_step(),
            run.step_in_epoch.get(),
            steps_per_epoch()
        );
        if let Some(left) =
            time_left().filter(|_| !matches!(phase(), RunPhase::Finished | RunPhase::Diverged))
        {
            text.push_str(&format!(" · {} {}", strings::vae_time_left(), clock(left)));
        }
        text
    });
    let last_loss = move || {
        run.steps
            .with(|s| s.last().map(|p| format!("{:.4}", p.total)))
    };
    let last_epoch = move || run.epochs.with(|e| e.last().copied());
    let recon_rows = Signal::derive(move || {
        if !own() {
            return Vec::new();
        }
        run.pictures.with(|p| {
            p.as_ref()
                .map(|p| {
                    vec![
                        (strings::vae_originals().to_owned(), p.originals.clone()),
                        (
                            strings::vae_reconstructions().to_owned(),
                            p.reconstructions.clone(),
                        ),
                    ]
                })
                .unwrap_or_default()
        })
    });
    let sample_rows = Signal::derive(move || {
        if !own() {
            return Vec::new();
        }
        run.pictures.with(|p| {
            p.as_ref()
                .map(|p| vec![(String::new(), p.samples.clone())])
                .unwrap_or_default()
        })
    });
    let compiling = move || {
        matches!(phase(), RunPhase::Running | RunPhase::Starting)
            && run.steps.with(Vec::is_empty)
            && engine
                .run_backend(MODEL)
                .is_some_and(|b| b.kind == BackendKind::WebGpu)
    };

    view! {
        <section class="lab" data-testid="vae-training-lab">
            <h2 class="lab-title">{strings::vae_train_title()}</h2>
            {move || (!data_ready()).then(|| view! { <DataLoader/> })}
            <details class="settings" open=move || !own() node_ref=settings>
                <summary>{strings::vae_settings()}</summary>
                <div class="field-row">
                    <NumberField label=strings::vae_epochs() value=Signal::derive(move || f64::from(epochs.get()))
                        on_value=Callback::new(move |v: f64| epochs.set(v as u32)) min=limit(MODEL, Setting::Epochs).min max=limit(MODEL, Setting::Epochs).max decimals=0 integer=true testid="vae-epochs" param="epochs"/>
                    <NumberField label=strings::vae_batch() value=Signal::derive(move || f64::from(batch.get()))
                        on_value=Callback::new(move |v: f64| batch.set(v as u32)) min=limit(MODEL, Setting::BatchSize).min max=limit(MODEL, Setting::BatchSize).max decimals=0 integer=true testid="vae-batch" param="batch"/>
                    <NumberField label=strings::vae_lr() value=Signal::derive(move || lr.get())
                        on_value=Callback::new(move |v: f64| lr.set(v)) min=limit(MODEL, Setting::LearningRate).min max=limit(MODEL, Setting::LearningRate).max decimals=6 testid="vae-lr" param="lr"/>
                    <NumberField label=strings::vae_seed() value=Signal::derive(move || seed.get() as f64)
                        on_value=Callback::new(move |v: f64| seed.set(v as u64)) min=limit(MODEL, Setting::Seed).min max=limit(MODEL, Setting::Seed).max decimals=0 integer=true testid="vae-seed" param="seed"/>
                    <label class="field">
                        <span>{strings::vae_optimizer()}</span>
                        <select data-testid="vae-optimizer" on:change=move |e| {
                            let key = event_target_value(&e);
                            optimizer.set(if key == "adam" { VaeOptimizer::Adam } else { VaeOptimizer::Nadam });
                            address::set_param("optimizer", Some(&key));
                        }>
                            <option value="nadam" selected=move || optimizer.get() == VaeOptimizer::Nadam>"Nadam"</option>
                            <option value="adam" selected=move || optimizer.get() == VaeOptimizer::Adam>"Adam"</option>
                        </select>
                    </label>
                    <label class="field">
                        <span>{strings::vae_recon_loss()}</span>
                        <select data-testid="vae-reconstruction" on:change=move |e| {
                            let key = event_target_value(&e);
                            reconstruction.set(if key == "bce" { VaeReconstruction::Bce } else { VaeReconstruction::Mse });
                            address::set_param("loss", Some(&key));
                        }>
                            <option value="mse" selected=move || reconstruction.get() == VaeReconstruction::Mse>{strings::vae_mse()}</option>
                            <option value="bce" selected=move || reconstruction.get() == VaeReconstruction::Bce>{strings::vae_bce()}</option>
                        </select>
                    </label>
                </div>
                <p class="hint">{strings::vae_settings_hint()}</p>
                <ShareLink testid="vae"/>
            </details>
            <RunControls run=run.run testid="vae" can_start=Signal::derive(can_start)
                on_start=Callback::new(move |_| run.start(&engine, wanted()))
                on_resume=Callback::new(move |_| run.resume(&engine))
                on_pause=Callback::new(move |_| run.run.pause_and_keep(&engine))
                words=ControlWords { start: strings::vae_start(), resume: strings::vae_resume(), reset: strings::vae_reset(), finished: strings::vae_finished() }/>
            {move || compiling().then(|| view! { <p class="note" data-testid="vae-compiling">{strings::vae_compiling()}</p> })}
            <RunBackendNote model=MODEL testid="vae-runs-on"/>
            <RunError run=run.run reset_label=strings::vae_reset() testid="vae-error"
                on_reset=Callback::new(move |_| run.start(&engine, wanted()))/>
            <RunFile model=MODEL testid="vae-file"
                can_save=Signal::derive(move || own() && !run.run.diverged())
                can_load=Signal::derive(move || data_ready() && engine.backend.get().is_some())
                before_load=Callback::new(move |_| run.run.pause())/>
            {move || own().then(|| view! {
                <div data-testid="vae-progress" data-epochs-done=move || run.epochs_done.get().to_string()
                    data-steps=move || run.steps.with(Vec::len).to_string()
                    data-first-loss=move || run.steps.with(|s| s.first().map(|p| p.total.to_string()).unwrap_or_default())
                    data-last-loss=move || run.steps.with(|s| s.last().map(|p| p.total.to_string()).unwrap_or_default())
                    data-median-ms=move || run.run.median_millis().map(|m| format!("{m:.2}")).unwrap_or_default()
                    data-memory-mb=move || format!("{:.1}", run.memory_bytes.get() as f64 / 1e6)
                    data-steps-per-epoch=move || steps_per_epoch().to_string()
                    data-first-valid=move || run.epochs.with(|e| e.first().map(|e| e.valid_total.to_string()).unwrap_or_default())
                    data-last-valid=move || run.epochs.with(|e| e.last().map(|e| e.valid_total.to_string()).unwrap_or_default())>
                    <ProgressBar percent=percent label=label testid="vae-progress-bar"/>
                    <p class="counters">
                        {move || speed_text(run.run.median_millis(), run.train_millis.get() + run.other_millis.get(), run.memory_bytes.get()).unwrap_or_default()}
                        {move || last_loss().map(|l| format!(" · {} {l}", strings::vae_last_loss()))}
                    </p>
                    {move || last_epoch().map(|e| view! {
                        <p class="counters" data-testid="vae-last-epoch">
                            {format!("{} {}: {} {:.4} · {} {:.4}", strings::vae_epoch(), e.epoch, strings::vae_train_loss(), e.train_total, strings::vae_valid_loss(), e.valid_total)}
                        </p>
                    })}
                </div>
            })}
            {move || own().then(|| view! { <LossCharts/> })}
            <h3>"plot_reconstructions"</h3>
            <ImageRows rows=recon_rows testid="vae-reconstructions" epoch=Signal::derive(move || run.pictures.with(|p| p.as_ref().map(|p| p.epochs_done)))/>
            <h3>{strings::vae_new_images()}</h3>
            <ImageRows rows=sample_rows testid="vae-generated" epoch=Signal::derive(move || run.pictures.with(|p| p.as_ref().map(|p| p.epochs_done)))/>
            <p class="hint">{strings::vae_pictures_hint()}</p>
        </section>
    }
}
